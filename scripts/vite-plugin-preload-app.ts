/**
 * Adds `<link rel="modulepreload">` to index.html for the chunk of a module the entry imports
 * dynamically (and the chunks it imports), so it downloads beside the entry instead of after it.
 * The entry can then evaluate React and the app in two tasks without a second round trip.
 */
import type { Plugin } from 'vite';

/** The Vite plugin; `module` is the dynamically imported source file, e.g. `src/shell/App.tsx`. */
export function preloadApp({ module }: { module: string }): Plugin {
  return {
    name: 'dayline:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        // Only the explorer's page loads the app chunk; other pages (the Studio) have their own.
        if (!bundle || !/(^|\/)index\.html$/.test(ctx.path)) return html;
        const chunks = Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [file] : [],
        );
        const app = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
        if (!app) throw new Error(`preload-app: no chunk for ${module}`);
        const entry = chunks.find((c) => c.isEntry && html.includes(c.fileName));
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName) || fileName === entry?.fileName) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') for (const dep of chunk.imports) add(dep);
        };
        add(app.fileName);
        return {
          html,
          tags: [...files].map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}
