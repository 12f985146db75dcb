import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, realRaw } from './real-dataset';

/**
 * Words are sacred: every wording that does not come from the article is backed by the passage
 * copied from its stored source into data/sources/*.md. A quote or translation whose words are
 * not in those notes has no recorded evidence and fails here.
 */
const NOTES_DIR = resolve(ROOT, 'data/sources');
const notes = readdirSync(NOTES_DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(resolve(NOTES_DIR, name), 'utf8'))
  .join('\n');

/** Joins quoted passages wrapped over `> ` lines, folds white space and the quotation marks. */
function normalise(text: string): string {
  return text
    .replace(/\n>\s?/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
}

/** The notes record a passage; a quote may end a sentence the source ends with a comma. */
const withoutFinalStop = (text: string) => normalise(text).replace(/[.,;:!?]$/, '');

describe('the research notes', () => {
  const passages = normalise(notes);
  const wordings = realRaw().quotes.flatMap((q) => [
    ...(q.sourceIds.includes('article') ? [] : [[q.id, q.text] as const]),
    ...(q.translations ?? []).map((t, i) => [`${q.id}.translations[${i}]`, t.text] as const),
  ]);

  it('cover more than a handful of wordings', () => {
    expect(wordings.length).toBeGreaterThan(40);
  });

  it.each(wordings)('record the passage that holds %s', (_, text) => {
    expect(passages).toContain(withoutFinalStop(text));
  });
});
