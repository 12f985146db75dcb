import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { count, nouns, plural } from '../../src/words/plural';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('count and plural', () => {
  it('say "1 source", "0 sources", "2 sources" and group digits', () => {
    expect(count(1, nouns('source'))).toBe('1 source');
    expect(count(0, nouns('source'))).toBe('0 sources');
    expect(count(2, nouns('source'))).toBe('2 sources');
    expect(count(10_000, nouns('event'))).toBe('10,000 events');
    expect(count(1, nouns('person', 'people'))).toBe('1 person');
    expect(count(3, nouns('person', 'people'))).toBe('3 people');
  });

  it('follow the language’s own categories (Russian: one, few, many)', () => {
    const forms = { one: 'цитата', few: 'цитаты', many: 'цитат', other: 'цитаты' };
    expect(plural(1, forms, 'ru')).toBe('цитата');
    expect(plural(3, forms, 'ru')).toBe('цитаты');
    expect(plural(5, forms, 'ru')).toBe('цитат');
    expect(plural(21, forms, 'ru')).toBe('цитата');
  });
});

/** Comparisons with 1 that are not about plurals, each with why. */
const NOT_PLURALS = [
  'j % 2 === 1', // spreadMarkers: odd and even neighbours go to either side
  'data.delta === 1', // protocol: a step is +1 or -1
  'direction === 1', // play: forwards or backwards
  'k === 1) return', // play: one leg of a journey
  'ids.size !== 1', // play: a route with exactly one traveller
  'getCanonicalLocales(tag).length === 1', // links: exactly one language tag
  'blocking.length !== 1', // map labels: exactly one name in the way
  'files.length === 1', // studio: one file dropped
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('no hand-made plurals', () => {
  it('no source file tests a count against 1 (counts go through Intl.PluralRules)', () => {
    const found: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/)/.test(line)) return;
          if (!/[!=]==\s*1(?![\d.])/.test(line)) return;
          if (NOT_PLURALS.some((allowed) => line.includes(allowed))) return;
          found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
