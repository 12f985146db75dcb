import { readFileSync } from 'node:fs';
import { dirname, join, matchesGlob, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satisfies } from 'semver';
import { describe, expect, it } from 'vitest';
import config, { DEV_WATCH_IGNORED } from '../../vite.config';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the dev server', () => {
  it('does not watch what tests and benches write (tests/output, bench-output)', () => {
    const resolved = typeof config === 'function' ? null : config;
    expect(resolved?.server?.watch?.ignored).toEqual(DEV_WATCH_IGNORED);
    // Node's own glob matcher reads these patterns as chokidar (picomatch) does.
    const ignored = (file: string) => DEV_WATCH_IGNORED.some((glob) => matchesGlob(file, glob));
    for (const file of [
      join(ROOT, 'tests/output/handout.pdf'),
      join(ROOT, 'tests/output/e2e-dist/assets/index.js'),
      join(ROOT, 'bench-output/report.json'),
    ]) {
      expect(ignored(file), file).toBe(true);
    }
    expect(ignored(join(ROOT, 'src/main.tsx'))).toBe(false);
  });
});

describe('npm install', () => {
  it('covers every dependency with an install script in allowScripts (no npm warning)', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      allowScripts?: Record<string, boolean>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(pkg.allowScripts?.[name], name).toBe(true);
  });

  it('installs nothing that asks for a newer Node than this machine’s (no EBADENGINE warning)', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>;
    };
    const ranges = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return path && node ? [[path, node] as const] : [];
    });
    expect(ranges.length).toBeGreaterThan(0);
    for (const [path, range] of ranges) {
      expect(satisfies(process.versions.node, range), `${path} wants node ${range}`).toBe(true);
    }
  });
});
