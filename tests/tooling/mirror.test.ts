import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Folders of `tests/` that test what is outside `src/` (tooling, docs, the bench) or serve tests;
 * `output` is what the browser tests write (git-ignored).
 */
const NOT_SRC = ['docs', 'e2e', 'fixtures', 'output', 'perf', 'tooling'];

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

/** True when a folder (or one below it) holds code: TypeScript other than type declarations. */
function hasCode(dir: string): boolean {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).some((e) =>
    e.isDirectory()
      ? hasCode(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'),
  );
}

describe('tests/ mirrors src/', () => {
  it('every folder of src/ with code has its folder of tests, with a test in it', () => {
    const tests = new Set(folders('tests'));
    const missing = folders('src').filter((f) => hasCode(join('src', f)) && !tests.has(f));
    expect(missing).toEqual([]);
    for (const folder of folders('src').filter((f) => tests.has(f))) {
      const files = readdirSync(join(ROOT, 'tests', folder), { recursive: true, encoding: 'utf8' });
      expect(
        files.some((f) => /\.test\.tsx?$/.test(f)),
        `tests/${folder}`,
      ).toBe(true);
    }
  });

  it('every folder of tests/ is named after a folder of src/, or says what else it tests', () => {
    const src = new Set(folders('src'));
    expect(folders('tests').filter((f) => !src.has(f) && !NOT_SRC.includes(f))).toEqual([]);
  });
});
