/**
 * The explorer as one self-contained HTML file (issue 14): every script, style sheet, image and
 * the world's land at 1:110m written into the page, and the story in a
 * `<script type="application/json" id="dayline-story">`. A browser opens it from disk (`file://`)
 * with no server and no network, where module scripts, style sheets and `fetch` of other files
 * are refused. The Studio fetches this page (`dayline-single.html`, built with the default
 * story) and puts the reader's story in its place (`src/studio/singleFile.ts`).
 *
 * It is a second build of `index.html` with no code splitting, run from the main build, and
 * written beside it. The map then draws the 1:110m land at every zoom (the 1:50m and 1:10m files
 * are too large to carry); it starts no workers (`src/workers/runInWorker.ts`: their jobs run
 * on the page) and, from disk, no service worker (`src/offline/register.ts`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rolldown } from 'vite';
import { EMBEDDED_STORY_ID, jsonForScript } from '../src/data/embedded.js';
import { basemap } from './vite-plugin-basemap.js';
import { bootShell } from './vite-plugin-boot-shell.js';
import { catalogs } from './vite-plugin-catalogs.js';
import { buildPolicy } from './vite-plugin-csp.js';
import { viewLayout } from './vite-plugin-view-layout.js';

/** The page's name in the build. */
export const SINGLE_FILE = 'dayline-single.html';

/** Options of the single-file build. */
export interface SingleFileOptions {
  /** The story the page carries, relative to the project root (the explorer's default story). */
  readonly story: string;
  /** The origins `data=` may load from, as the main build was given them. */
  readonly dataOrigins: readonly string[] | null;
}

const STORY_URL_ID = '\0dayline-single:story-url';
const ATLAS_50M = 'world-atlas/countries-50m.json?url';
const ATLAS_110M = 'world-atlas/countries-110m.json?url';

/**
 * Builds `dayline-single.html` into the main build (and serves it from the dev server, built on
 * request). It is not in the service worker's list: readers of the explorer never load it.
 */
export function singleFile(options: SingleFileOptions): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  let pending: Promise<string> | undefined;
  return {
    name: 'dayline:single-file',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    buildStart() {
      // Only in the client build of the pages; runs beside the main build.
      if (command !== 'build' || this.environment.name !== 'client') return;
      pending = buildSingleFile(root, options);
      // Awaited in generateBundle; a failure there fails the build.
      pending.catch(() => {});
    },
    async generateBundle() {
      if (!pending) return;
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE, source: await pending });
    },
    configureServer(server) {
      let built: Promise<string> | undefined;
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${SINGLE_FILE}`) return next();
        // Built on first request (it takes as long as a production build), then kept.
        built ??= buildSingleFile(root, options);
        built.then(
          (html) => {
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(html);
          },
          (error: unknown) => {
            built = undefined;
            next(error);
          },
        );
      });
    },
  };
}

/** Runs the second build and returns the finished page. */
export async function buildSingleFile(root: string, options: SingleFileOptions): Promise<string> {
  const { story, dataOrigins } = options;
  const result = await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    define: {
      __DAYLINE_DATA_ORIGINS__: JSON.stringify(dataOrigins),
      // Its jobs run on the page: the worker scripts are not part of it (src/workers/runInWorker.ts).
      __DAYLINE_ONE_FILE__: 'true',
      // Production React even when the dev server (NODE_ENV=development) builds the page.
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    plugins: [
      react(),
      catalogs(),
      viewLayout(),
      bootShell({ story }),
      basemap({ story, detail: false }),
      onePageSources(story),
    ],
    worker: { format: 'es' },
    build: {
      write: false,
      target: 'es2022',
      // Images, the basemap: all written into the page as data: URLs.
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      copyPublicDir: false,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        input: resolve(root, 'index.html'),
        // Lazy chunks (the map, the checks) become part of the one script.
        output: { codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((o) => o.output);
  const chunks = files.filter((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  const assets = files.filter((f): f is Rolldown.OutputAsset => f.type === 'asset');
  const page = assets.find((f) => f.fileName === 'index.html');
  if (!page) throw new Error('single-file build: no index.html');
  // Exactly one script, and it is the entry: nothing was split off.
  const [script, ...extra] = chunks;
  if (!script?.isEntry || extra.length > 0) {
    throw new Error(
      `single-file build: expected one script, got ${chunks.map((c) => c.fileName).join(', ')}`,
    );
  }
  const styles = assets.filter((f) => f.fileName.endsWith('.css'));
  const storyText = readFileSync(resolve(root, story), 'utf8');
  const favicon = readFileSync(resolve(root, 'public/favicon.svg'));
  return assemblePage({
    html: text(page.source),
    script: script.code,
    // No Studio lies beside a file opened from disk: its link in the header is not shown.
    style: `${styles.map((s) => text(s.source)).join('\n')}\n.header__studio{display:none}`,
    storyJson: storyText,
    favicon: `data:image/svg+xml;base64,${favicon.toString('base64')}`,
    dataOrigins,
  });
}

/** The parts of the page. */
export interface PageParts {
  /** Vite's index.html, naming its script and style sheet by address. */
  readonly html: string;
  readonly script: string;
  readonly style: string;
  readonly storyJson: string;
  /** The icon, as a data: URL. */
  readonly favicon: string;
  readonly dataOrigins: readonly string[] | null;
}

/**
 * Writes the script, the style sheet and the story into the page, drops what it could not load
 * from disk (manifest, icons by address), and sets a Content-Security-Policy that allows exactly
 * its own inline script and style (by hash) and `data:` reads.
 */
export function assemblePage(parts: PageParts): string {
  const script = scriptText(parts.script);
  if (/<\/style/i.test(parts.style)) throw new Error('single-file build: the CSS holds </style');
  let html = parts.html
    .replace(/\s*<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, '')
    .replace(
      /\s*<link\b[^>]*\brel="(?:stylesheet|modulepreload|manifest|apple-touch-icon)"[^>]*>/g,
      '',
    )
    .replace(
      /(<link\b[^>]*\brel="icon"[^>]*\bhref=")[^"]*("[^>]*\btype=")[^"]*"/,
      `$1${parts.favicon}$2image/svg+xml"`,
    );
  if (/<script\b[^>]*\bsrc=|<link\b[^>]*rel="stylesheet"/.test(html)) {
    throw new Error('single-file build: the page still names a file');
  }
  // Vite's page has only small inline scripts of its own (none holds `</script>`).
  const inlineScripts = [
    ...[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    ),
    script,
  ];
  html = html
    .replace('</head>', () => `    <style>${parts.style}</style>\n  </head>`)
    .replace(
      '</body>',
      () =>
        `    <script type="application/json" id="${EMBEDDED_STORY_ID}">${jsonForScript(parts.storyJson)}</script>\n` +
        `    <script type="module">${script}</script>\n  </body>`,
    );
  const policy = buildPolicy(inlineScripts, parts.dataOrigins, {
    inlineStyles: [parts.style],
    connect: ['data:'],
  });
  return html.replace(
    /<head>/,
    () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}

/**
 * A script's code as the text of an inline `<script>`: `</script` and `<!--` (which would end
 * the element or change how it is read) are written with `\x3C`, which means `<` in every place
 * the bundle can hold them (strings, templates, regular expressions). The text must be exactly
 * what the browser hashes for the policy, so characters the HTML parser rewrites are refused.
 */
function scriptText(code: string): string {
  if (/[\r\0]/.test(code)) throw new Error('single-file build: the script holds CR or NUL');
  return code.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

function text(source: string | Uint8Array): string {
  return typeof source === 'string' ? source : new TextDecoder().decode(source);
}

/**
 * What the one-file build takes from elsewhere: the default story's address (the page carries
 * the story, so the file is not bundled) and the 1:50m land, which is the 1:110m land here.
 */
function onePageSources(story: string): Plugin {
  const storyName = story.split('/').pop() ?? story;
  return {
    name: 'dayline:single-file-sources',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id.endsWith(`/${storyName}?url`)) return STORY_URL_ID;
      if (id === ATLAS_50M) return this.resolve(ATLAS_110M, importer, { skipSelf: true });
      return undefined;
    },
    load(id) {
      return id === STORY_URL_ID
        ? `export default ${JSON.stringify(`./${storyName}`)};`
        : undefined;
    },
  };
}
