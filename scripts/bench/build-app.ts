import { existsSync, readdirSync, type Stats, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository root, found from this file so scripts work from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the bench and Lighthouse keep their output (git-ignored). */
export const OUTPUT_DIR = resolve(REPO_ROOT, 'bench-output');

/** Runs the production build (the project's own vite.config.ts) into `outDir`. */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    root: REPO_ROOT,
    configFile: resolve(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** What the build is made from: when any of these is newer than the build, it is stale. */
const BUILD_INPUTS = [
  'src',
  'public',
  'data',
  'scripts',
  'index.html',
  'vite.config.ts',
  'package.json',
];

function newestChange(path: string): number {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/**
 * Why `distDir` must be (re)built before it is measured, or `null` when it is up to date. A
 * stale build would report yesterday's sizes and scores as today's.
 */
export function whyBuild(distDir: string): string | null {
  const page = join(distDir, 'index.html');
  if (!existsSync(page)) return `${relative(REPO_ROOT, distDir) || '.'}/ has no build`;
  const built = statSync(page).mtimeMs;
  const newer = BUILD_INPUTS.find((input) => newestChange(resolve(REPO_ROOT, input)) > built);
  return newer ? `${newer} changed since the last build` : null;
}
