/**
 * The basemap's data, built from Natural Earth (world-atlas 2.0.2) when the app is built or
 * served: `virtual:dayline-basemap` gives the map the boxes of 1:10m detail around the story's
 * places (each its own small JSON file, fetched only when the map is zoomed in there) and the
 * points where country names are written. The 3 MB source files never reach the browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import {
  type CountryLabel,
  countryLabels,
  type DetailRegion,
  detailRegions,
  regionBoxes,
} from './basemap/build-basemap.js';

/** Options of the basemap plugin. */
export interface BasemapOptions {
  /** The story whose places get 1:10m detail, relative to the project root. */
  readonly story: string;
  /**
   * Whether to emit the 1:10m boxes (default true). A page built as one file cannot fetch them,
   * so its build leaves them out and the map shows the coarser land at every zoom.
   */
  readonly detail?: boolean;
}

const VIRTUAL_ID = 'virtual:dayline-basemap';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PREFIX = '/@dayline-basemap/';

interface Built {
  readonly regions: readonly DetailRegion[];
  readonly labels: readonly CountryLabel[];
}

/** Builds the detail files and the virtual module that points at them. */
export function basemap({ story, detail = true }: BasemapOptions): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  let built: Built | undefined;
  const build = (): Built => {
    if (built) return built;
    const storyText = readFileSync(resolve(root, story), 'utf8');
    // Cutting the 1:10m files takes seconds; the result is kept until an input changes.
    const cacheFile = resolve(
      root,
      'node_modules/.cache/dayline-basemap',
      `${inputsHash(storyText)}.json`,
    );
    if (existsSync(cacheFile)) {
      built = JSON.parse(readFileSync(cacheFile, 'utf8')) as Built;
      return built;
    }
    const places = (JSON.parse(storyText) as { places?: { lat: number; lon: number }[] }).places;
    const regions = detailRegions(regionBoxes(places ?? [])).filter(
      // A box with neither coast nor border adds nothing to the 1:50m map under it.
      (r) => r.coast.length > 0 || r.borders.length > 0,
    );
    built = { regions, labels: countryLabels() };
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(built));
    return built;
  };

  return {
    name: 'dayline:basemap',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(resolve(root, story));
      const { labels } = build();
      const regions = detail ? build().regions : [];
      const urls = regions.map((region, i) => {
        if (command === 'serve') return JSON.stringify(`${DEV_PREFIX}${i}.json`);
        const ref = this.emitFile({
          type: 'asset',
          name: `basemap-10m-${i}.json`,
          source: JSON.stringify(region),
        });
        return `import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      const list = regions
        .map((r, i) => `{ box: ${JSON.stringify(r.box)}, url: ${urls[i]} }`)
        .join(',\n  ');
      return [
        `export const detailRegions = [\n  ${list}\n];`,
        `export const countryLabels = ${JSON.stringify(labels)};`,
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (!path.startsWith(DEV_PREFIX)) return next();
        const region = build().regions[Number.parseInt(path.slice(DEV_PREFIX.length), 10)];
        if (!region) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(region));
      });
    },
  };
}

/** A hash of everything the basemap is built from: the story, the build code, world-atlas. */
function inputsHash(storyText: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256').update(storyText);
  for (const file of ['basemap/build-basemap.ts', 'basemap/clip.ts']) {
    hash.update(readFileSync(resolve(here, file)));
  }
  hash.update(readFileSync(require.resolve('world-atlas/package.json')));
  return hash.digest('hex').slice(0, 16);
}
