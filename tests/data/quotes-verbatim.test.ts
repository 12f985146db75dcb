import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('the quotes of the summit dataset', () => {
  const quotes = realRaw().quotes;
  const article = readArticle();

  it.each(quotes.map((q) => [q.id, q.text]))(
    '%s is printed word for word in the article',
    (_, text) => {
      // Right after an opening quotation mark, so it is a quotation and not just words that occur.
      expect(normalise(article)).toContain(normalise(`“${text}`));
    },
  );

  it('include every quotation the article prints', () => {
    const texts = new Set(quotes.map((q) => normalise(q.text)));
    const printed = quotationsIn(article);
    expect(printed.length).toBeGreaterThan(0);
    for (const quotation of printed) expect(texts, quotation).toContain(normalise(quotation));
  });

  it('keep the article’s own characters, the ellipsis and the typographic apostrophe', () => {
    for (const q of quotes) expect(article, q.id).toContain(q.text);
  });

  it('cite the article as their source', () => {
    for (const q of quotes) expect(q.sourceIds, q.id).toContain('article');
  });
});
