import type { RawQuote, RawTranslation } from '../data/schema';

/** A quote's spoken language: its `lang`, English when absent (version-1 stories). */
export function quoteLang(quote: Pick<RawQuote, 'lang'>): string {
  return quote.lang ?? 'en';
}

/** `en-GB` and `en` are the same language to a reader: compare the primary subtags. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
}

/** One version of a quote's words: the original as spoken, or one of its translations. */
export interface QuoteVersion {
  /** `original`, or `translation-N` for the translation at position N in `translations`. */
  readonly key: string;
  readonly lang: string;
  readonly text: string;
  /** `original` for the words as spoken; else who made the translation. */
  readonly kind: 'original' | RawTranslation['kind'];
  readonly sourceIds: readonly string[];
  readonly by?: string;
}

/** Which versions of a quote a reader sees, and in what order. */
export interface QuoteVersions {
  /** Shown first, as the quote's words. */
  readonly first: QuoteVersion;
  /**
   * Shown beside the first when the reader has no sourced translation in their language: an
   * English translation (or, failing one, ours into their language) next to the original.
   */
  readonly also?: QuoteVersion;
  /** Every other version, one click away: the original (when not shown), then translations. */
  readonly others: readonly QuoteVersion[];
}

/** Whose translation a reader should see first: the speaker's side, then a live interpreter, then the press. */
const RANK: Record<RawTranslation['kind'], number> = {
  official: 0,
  interpretation: 1,
  press: 2,
  ours: 3,
};

const ENGLISH = 'en';

/**
 * The versions of a quote for a reader of `reader`:
 * - a reader of the language it was spoken in sees the original first;
 * - otherwise a sourced translation into the reader's language (official, then interpretation,
 *   then press; the dataset's order among equals);
 * - otherwise the original, with an English translation beside it (for an English reader, or
 *   where there is no English one, our own translation into their language);
 * - everything else is one click away. A translation of kind `ours` is never chosen as first:
 *   it may stand beside the original, where it is labelled as ours.
 */
export function quoteVersionsFor(quote: RawQuote, reader: string): QuoteVersions {
  const spoken = quoteLang(quote);
  const original: QuoteVersion = {
    key: 'original',
    lang: spoken,
    text: quote.text,
    kind: 'original',
    sourceIds: quote.sourceIds,
  };
  const translations: QuoteVersion[] = (quote.translations ?? [])
    .map((t, i) => ({
      key: `translation-${i}`,
      lang: t.lang,
      text: t.text,
      kind: t.kind,
      sourceIds: t.sourceIds,
      ...(t.by === undefined ? {} : { by: t.by }),
      i,
    }))
    .sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.i - b.i)
    .map(({ i: _, ...version }) => version);
  const inLang = (lang: string, sourced: boolean) =>
    translations.find((t) => sameLanguage(t.lang, lang) && (!sourced || t.kind !== 'ours'));

  let first: QuoteVersion = original;
  let also: QuoteVersion | undefined;
  if (!sameLanguage(spoken, reader)) {
    const sourced = inLang(reader, true);
    if (sourced) first = sourced;
    else if (sameLanguage(reader, ENGLISH)) also = inLang(reader, false);
    else if (!sameLanguage(spoken, ENGLISH)) also = inLang(ENGLISH, false) ?? inLang(reader, false);
    else also = inLang(reader, false);
  }
  const shown = new Set([first.key, also?.key]);
  // The reader's language before others, so the panel lists what they can read first.
  const rest = [...translations].sort(
    (a, b) => Number(!sameLanguage(a.lang, reader)) - Number(!sameLanguage(b.lang, reader)),
  );
  const others = [original, ...rest].filter((v) => !shown.has(v.key));
  return also ? { first, also, others } : { first, others };
}
