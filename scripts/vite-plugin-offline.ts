/**
 * Builds Dayline's service worker: `src/offline/sw.ts` becomes `sw.js` at the root of the
 * build, and once every file is written, the list of the build's files (app, styles, the
 * default story, the basemap, icons, manifest) and a hash of their contents are written into
 * it. A new build therefore always gives a new `sw.js`, which the browser installs as an update.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Options of the offline plugin. */
export interface OfflineOptions {
  /** The worker's source, relative to the project root. Default `src/offline/sw.ts`. */
  readonly source?: string;
  /** Files (paths relative to the build, `/`-separated) never to precache. */
  readonly exclude?: (path: string) => boolean;
}

const WORKER_FILE = 'sw.js';
const PRECACHE_PLACEHOLDER = '__DAYLINE_PRECACHE__';
const BUILD_PLACEHOLDER = '__DAYLINE_BUILD__';
const NEVER = (path: string) =>
  path.endsWith('.map') || path.split('/').some((p) => p.startsWith('.'));

/** The service worker and its precache list, for production builds only. */
export function offline({
  source = 'src/offline/sw.ts',
  exclude = () => false,
}: OfflineOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'dayline:offline',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: resolve(root, source), fileName: WORKER_FILE });
    },
    writeBundle: {
      order: 'post',
      async handler(output) {
        const dir = output.dir ?? resolve(root, 'dist');
        const files = (await listFiles(dir)).filter(
          (path) => path !== WORKER_FILE && !NEVER(path) && !exclude(path),
        );
        const build = await hashFiles(dir, files);
        const workerPath = join(dir, WORKER_FILE);
        const code = await readFile(workerPath, 'utf8');
        if (!code.includes(PRECACHE_PLACEHOLDER) || !code.includes(BUILD_PLACEHOLDER)) {
          this.error(
            `${WORKER_FILE} lost its placeholders in the build; cannot write the precache list`,
          );
        }
        const list = JSON.stringify(files.map((path) => `./${path}`));
        await writeFile(
          workerPath,
          code
            .replaceAll(PRECACHE_PLACEHOLDER, list)
            .replaceAll(BUILD_PLACEHOLDER, JSON.stringify(build)),
        );
      },
    },
  };
}

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A short hash of the files' names and contents: the build's identity. */
async function hashFiles(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of files) {
    hash.update(path);
    hash.update('\0');
    hash.update(await readFile(join(dir, path)));
  }
  return hash.digest('hex').slice(0, 16);
}
