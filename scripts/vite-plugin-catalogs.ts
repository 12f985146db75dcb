/**
 * Compiles the interface catalogs ahead of time: `import messages from './messages/ru.json?catalog'`
 * gives Lingui's compiled form of every ICU message, so the ICU parser never ships to the browser
 * and the runtime only interpolates. A message that does not parse fails the build, naming the id.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { compileCatalog } from '../src/i18n/compile.js';

const SUFFIX = '?catalog';

/** The Vite plugin (dev, build and Vitest). */
export function catalogs(): Plugin {
  return {
    name: 'dayline:catalogs',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, {
        skipSelf: true,
      });
      return resolved ? `${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      this.addWatchFile(file);
      const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      return `export default ${JSON.stringify(compileCatalog(source))};`;
    },
  };
}
