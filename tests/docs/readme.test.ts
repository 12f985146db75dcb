import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/data/load';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The section of the README under a `## ` heading, up to the next one. */
function section(heading: string): string {
  const start = README.indexOf(`## ${heading}\n`);
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const next = README.indexOf('\n## ', start + 3);
  return README.slice(start, next === -1 ? undefined : next);
}

describe("README's example story", () => {
  const block = /```json\n([\s\S]*?)\n```/.exec(section('Writing a story'))?.[1];

  it('is plain JSON (no comments), so pasting it into a .json file works', () => {
    expect(block, 'a ```json block in "Writing a story"').toBeDefined();
    expect(() => JSON.parse(block ?? '')).not.toThrow();
  });

  it('is a valid story: the validator finds no problem', () => {
    const result = checkStory(JSON.parse(block ?? 'null'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('points "$schema" at data/schema.json from where the README says to put it (public/stories/)', () => {
    const { $schema } = JSON.parse(block ?? '{}') as { $schema: string };
    expect(README).toContain('public/stories/my-day.json');
    expect(existsSync(resolve(ROOT, 'public/stories', $schema))).toBe(true);
  });
});

describe("README's links", () => {
  it('every relative link names a file or folder in the repository', () => {
    const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] ?? '')
      .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'))
      .map((href) => href.split('#')[0] ?? '');
    expect(targets.length).toBeGreaterThan(0);
    const missing = targets.filter((href) => !existsSync(resolve(ROOT, decodeURI(href))));
    expect(missing).toEqual([]);
  });

  it('every file of the repository it names in `code` exists, and every .md it mentions is there', () => {
    const named = [...README.matchAll(/`((?:src|scripts|tests|data|public|docs)\/[^`\s*<>…]+)`/g)]
      .map((m) => m[1] ?? '')
      // Paths the README tells the reader to create, or that a command writes.
      .filter((path) => !/my-day|public\/stories|tests\/output|bench-output|^dist\//.test(path))
      .map((path) => path.replace(/[{].*$/, ''));
    const documents = [...README.matchAll(/\b([\w./-]+\.md)\b/g)].map((m) => m[1] ?? '');
    const missing = [...named, ...documents].filter((path) => !existsSync(resolve(ROOT, path)));
    expect(missing).toEqual([]);
  });
});
