import type { RawTranslation } from '../data/schema';
import type { Story, StoryQuote, StorySource } from './types';

/** The reader's language until the interface is translated: quotes show English first. */
export const READER_LANG = 'en';

/** A quote's spoken language: its `lang`, English when absent (version-1 stories). */
export function quoteLang(quote: Pick<StoryQuote, 'lang'>): string {
  return quote.lang ?? 'en';
}

/** `en-GB` and `en` are the same language to a reader: compare the primary subtags. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** `Russian` for `ru`, named in the reader's language; the tag itself if the browser cannot. */
export function languageName(tag: string, inLang = READER_LANG): string {
  try {
    let names = languageNames.get(inLang);
    if (!names) {
      names = new Intl.DisplayNames([inLang], { type: 'language' });
      languageNames.set(inLang, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const KIND_WORDS: Record<RawTranslation['kind'], string> = {
  official: 'official translation',
  interpretation: 'interpreter',
  press: 'press translation',
  ours: 'our translation',
};

/**
 * Who made a translation, in a few words: its `by`, else its first source's publisher for an
 * official or press translation, else the kind in words (`interpreter`, `our translation`).
 */
export function translationBy(
  translation: Pick<RawTranslation, 'by' | 'kind' | 'sourceIds'>,
  story: Pick<Story, 'sourceById'>,
): string {
  if (translation.by) return translation.by;
  const publisher = story.sourceById.get(translation.sourceIds[0] ?? '')?.publisher;
  if (publisher && (translation.kind === 'official' || translation.kind === 'press')) {
    return publisher;
  }
  if (publisher && translation.kind === 'interpretation') return `interpreter (${publisher})`;
  return KIND_WORDS[translation.kind];
}

/** One rendering of a quote's words: the original or a translation, with its sources. */
export interface Rendering {
  /** `original`, or the translation's position in `translations`. */
  readonly key: string;
  readonly lang: string;
  readonly text: string;
  /** `Original`, or who made the translation. */
  readonly label: string;
  /** `Russian`; for a translation also its kind: `English · official`. */
  readonly detail: string;
  readonly sources: readonly StorySource[];
}

/** What a reader sees first: the words in their language and, if translated, a line saying so. */
export interface ShownQuote {
  readonly text: string;
  readonly lang: string;
  /** `Translated from Russian · Kremlin`; `In Russian (no English translation)`; or none. */
  readonly line?: string;
  /** The rendering shown, so the side-by-side panel can mark it. */
  readonly shownKey: string;
  /** The sources of the words shown (a translation's own sources, not the original's). */
  readonly sourceIds: readonly string[];
}

/**
 * The words to show a reader of `reader`: the original when it is in their language, else the
 * first translation into it (the dataset lists the preferred one first), else the original.
 */
export function shownQuote(
  quote: StoryQuote,
  story: Pick<Story, 'sourceById'>,
  reader = READER_LANG,
): ShownQuote {
  const lang = quoteLang(quote);
  if (sameLanguage(lang, reader)) {
    return { text: quote.text, lang, shownKey: 'original', sourceIds: quote.sourceIds };
  }
  const index = (quote.translations ?? []).findIndex((t) => sameLanguage(t.lang, reader));
  const translation = quote.translations?.[index];
  if (!translation) {
    return {
      text: quote.text,
      lang,
      line: `In ${languageName(lang, reader)} (no ${languageName(reader, reader)} translation)`,
      shownKey: 'original',
      sourceIds: quote.sourceIds,
    };
  }
  return {
    text: translation.text,
    lang: translation.lang,
    line: `Translated from ${languageName(lang, reader)} · ${translationBy(translation, story)}`,
    shownKey: `translation-${index}`,
    sourceIds: translation.sourceIds,
  };
}

/** The original and every translation, each with its language, who made it and its sources. */
export function renderings(
  quote: StoryQuote,
  story: Pick<Story, 'sourceById'>,
  reader = READER_LANG,
): Rendering[] {
  const sourcesOf = (ids: readonly string[]) => ids.flatMap((id) => story.sourceById.get(id) ?? []);
  const lang = quoteLang(quote);
  const original: Rendering = {
    key: 'original',
    lang,
    text: quote.text,
    label: 'Original',
    detail: languageName(lang, reader),
    sources: sourcesOf(quote.sourceIds),
  };
  return [
    original,
    ...(quote.translations ?? []).map((t, i) => ({
      key: `translation-${i}`,
      lang: t.lang,
      text: t.text,
      label: translationBy(t, story),
      detail: `${languageName(t.lang, reader)} · ${KIND_LABELS[t.kind]}`,
      sources: sourcesOf(t.sourceIds),
    })),
  ];
}

const KIND_LABELS: Record<RawTranslation['kind'], string> = {
  official: 'official',
  interpretation: 'live interpretation',
  press: 'press',
  ours: 'ours',
};
