import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawStory } from '../../src/data/schema';
import { ROOT, realRaw } from './real-dataset';

/** DESIGN.md: the source article lives beside the repository, in the shared folder. */
const SHARED_ARTICLE = resolve(ROOT, '../shared/seed/alaska-summit-article.txt');
/** The repository keeps a copy, so the check runs wherever the repository is cloned. */
const KEPT_ARTICLE = resolve(ROOT, 'data/sources/alaska-summit-article.txt');

function readArticle(): string {
  const kept = readFileSync(KEPT_ARTICLE, 'utf8');
  if (existsSync(SHARED_ARTICLE) && readFileSync(SHARED_ARTICLE, 'utf8') !== kept) {
    throw new Error(
      `${KEPT_ARTICLE} differs from ${SHARED_ARTICLE}: copy the shared article again`,
    );
  }
  return kept;
}

/** Only the quotation marks and apostrophes are normalised, on both sides alike. */
const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** The article's quotations, without the comma that American style puts inside the marks. */
function quotationsIn(article: string): string[] {
  return [...article.matchAll(/“([^”]+)”/g)].map((m) => m[1]!.replace(/,$/, ''));
}

/** Every piece of words a quote records, with the sources that print it. */
function wordingsOf(quotes: RawStory['quotes']) {
  return quotes.flatMap((q) => [
    { where: `${q.id}.text`, text: q.text, sourceIds: q.sourceIds },
    ...(q.translations ?? []).map((t, i) => ({
      where: `${q.id}.translations[${i}]`,
      text: t.text,
      sourceIds: t.sourceIds,
    })),
    ...(q.printed ?? []).map((p, i) => ({
      where: `${q.id}.printed[${i}]`,
      text: p.text,
      sourceIds: p.sourceIds,
    })),
  ]);
}

describe('the quotes of the summit dataset', () => {
  const quotes = realRaw().quotes;
  const article = readArticle();
  const wordings = wordingsOf(quotes);
  // Only words that cite the article must be in it; the rest cite transcripts and reports.
  const fromArticle = wordings.filter((w) => w.sourceIds.includes('article'));

  it('has words that cite the article', () => {
    expect(fromArticle.length).toBeGreaterThan(0);
  });

  it.each(fromArticle.map((w) => [w.where, w.text]))(
    '%s, citing the article, is printed word for word in it',
    (_, text) => {
      // Right after an opening quotation mark, so it is a quotation and not just words that occur.
      expect(normalise(article)).toContain(normalise(`“${text}`));
    },
  );

  it('include every quotation the article prints, as a text, a translation or a printed form', () => {
    const texts = new Set(wordings.map((w) => normalise(w.text)));
    const printed = quotationsIn(article);
    expect(printed).toHaveLength(7);
    for (const quotation of printed) expect(texts, quotation).toContain(normalise(quotation));
  });

  it('keep the article’s own characters, the ellipsis and the typographic apostrophe', () => {
    for (const w of fromArticle) expect(article, w.where).toContain(w.text);
  });

  it('cite a source for every quote', () => {
    for (const q of quotes) expect(q.sourceIds.length, q.id).toBeGreaterThan(0);
  });
});
