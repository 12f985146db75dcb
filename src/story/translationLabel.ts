import type { RawTranslation } from '../data/schema';
import { type MessageId, tr } from '../i18n/i18n';
import { STORY_LANG } from './localise';
import { type QuoteVersion, quoteLang, quoteVersionsFor, sameLanguage } from './quoteVersions';
import type { Story, StoryQuote, StorySource } from './types';

/**
 * The interface's words about quotes and their translations, in one place for the catalog.
 * The choice of which version a reader sees is `quoteVersionsFor`, which has no words.
 */

/** The reader's language when a caller names none and the story does not say. */
export const READER_LANG = 'en';

/** The story a quote belongs to: its sources and the reader's language it is shown in. */
type QuoteStory = Pick<Story, 'sourceById'> & Partial<Pick<Story, 'lang'>>;

export { quoteLang, sameLanguage };

/** Names already asked for, by `inLang` then `tag`: every quote row asks on every render. */
const namedLanguages = new Map<string, Map<string, string>>();

/** `Russian` for `ru`, named in the reader's language; the tag itself if the browser cannot. */
export function languageName(tag: string, inLang = READER_LANG): string {
  let named = namedLanguages.get(inLang);
  if (!named) {
    named = new Map();
    namedLanguages.set(inLang, named);
  }
  let name = named.get(tag);
  if (name === undefined) {
    name = nameOf(tag, inLang);
    named.set(tag, name);
  }
  return name;
}

function nameOf(tag: string, inLang: string): string {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const KIND_WORDS: Record<RawTranslation['kind'], MessageId> = {
  official: 'quote.kind.official',
  interpretation: 'quote.kind.interpretation',
  press: 'quote.kind.press',
  ours: 'quote.kind.ours',
};

/**
 * Who made a translation, in a few words: its `by`, else its first source's publisher for an
 * official or press translation, else the kind in words (`interpreter`, `our translation`).
 */
export function translationBy(
  translation: Pick<RawTranslation, 'by' | 'kind'> & { readonly sourceIds: readonly string[] },
  story: Pick<Story, 'sourceById'>,
): string {
  return whoMade(translation, story).text;
}

/** {@link translationBy}, and whether its words are the story's own (a `by`, a publisher). */
function whoMade(
  translation: Pick<RawTranslation, 'by' | 'kind'> & { readonly sourceIds: readonly string[] },
  story: Pick<Story, 'sourceById'>,
): { text: string; storyWords: boolean } {
  // Our own translation is always called ours, whatever its `by` says.
  if (translation.kind === 'ours') return { text: tr(KIND_WORDS.ours), storyWords: false };
  if (translation.by) return { text: translation.by, storyWords: true };
  const publisher = story.sourceById.get(translation.sourceIds[0] ?? '')?.publisher;
  if (publisher && (translation.kind === 'official' || translation.kind === 'press')) {
    return { text: publisher, storyWords: true };
  }
  if (publisher && translation.kind === 'interpretation')
    return { text: tr('quote.interpreterOf', { publisher }), storyWords: false };
  return { text: tr(KIND_WORDS[translation.kind]), storyWords: false };
}

/** One rendering of a quote's words: the original or a translation, with its sources. */
export interface Rendering {
  /** `original`, or the translation's position in `translations`. */
  readonly key: string;
  readonly lang: string;
  readonly text: string;
  /** `Original`, or who made the translation. */
  readonly label: string;
  /**
   * The label's language where it is the story's own words (a translation's `by`, a publisher)
   * and the reader's language is another; otherwise the label is in the reader's language.
   */
  readonly labelLang?: string;
  /** `Russian`; for a translation also its kind: `English · official`. */
  readonly detail: string;
  readonly sources: readonly StorySource[];
}

/** A version shown beside the first one: the words, their language and whose they are. */
export interface AlsoShown {
  readonly text: string;
  readonly lang: string;
  /** `English · Kremlin`, `Ukrainian · our translation`. */
  readonly line: string;
  readonly sourceIds: readonly string[];
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
  /** A translation shown beside the original when there is none sourced in the reader's language. */
  readonly also?: AlsoShown;
}

/**
 * The words to show a reader of `reader` (the story's reader language by default), chosen by
 * `quoteVersionsFor`, with the lines that say whose words they are.
 */
export function shownQuote(
  quote: StoryQuote,
  story: QuoteStory,
  reader = story.lang ?? READER_LANG,
): ShownQuote {
  const { first, also } = quoteVersionsFor(quote, reader);
  const lang = quoteLang(quote);
  const alsoShown: AlsoShown | undefined = also && {
    text: also.text,
    lang: also.lang,
    line: `${languageName(also.lang, reader)} · ${versionBy(also, story)}`,
    sourceIds: also.sourceIds,
  };
  if (first.kind === 'original') {
    const line = sameLanguage(lang, reader)
      ? undefined
      : tr('quote.noTranslation', { lang: languageName(lang, reader) });
    return {
      text: quote.text,
      lang,
      ...(line === undefined ? {} : { line }),
      shownKey: 'original',
      sourceIds: quote.sourceIds,
      ...(alsoShown ? { also: alsoShown } : {}),
    };
  }
  return {
    text: first.text,
    lang: first.lang,
    line: tr('quote.translatedFrom', {
      lang: languageName(lang, reader),
      by: versionBy(first, story),
    }),
    shownKey: first.key,
    sourceIds: first.sourceIds,
  };
}

function versionBy(version: QuoteVersion, story: Pick<Story, 'sourceById'>): string {
  if (version.kind === 'original') return tr('quote.original');
  return translationBy({ ...version, kind: version.kind }, story);
}

/**
 * The original and every translation, each with its language, who made it and its sources: the
 * original first, then the translations in the order a reader of `reader` would want them.
 */
export function renderings(
  quote: StoryQuote,
  story: QuoteStory,
  reader = story.lang ?? READER_LANG,
): Rendering[] {
  const sourcesOf = (ids: readonly string[]) => ids.flatMap((id) => story.sourceById.get(id) ?? []);
  const { first, also, others } = quoteVersionsFor(quote, reader);
  const all = [first, ...(also ? [also] : []), ...others];
  const ordered = [
    ...all.filter((v) => v.kind === 'original'),
    ...all.filter((v) => v.kind !== 'original'),
  ];
  const foreign = !sameLanguage(STORY_LANG, reader);
  return ordered.map((v) => {
    const made = v.kind === 'original' ? null : whoMade({ ...v, kind: v.kind }, story);
    return {
      key: v.key,
      lang: v.lang,
      text: v.text,
      label: made ? made.text : tr('quote.original'),
      ...(made?.storyWords && foreign ? { labelLang: STORY_LANG } : {}),
      detail:
        v.kind === 'original'
          ? languageName(v.lang, reader)
          : `${languageName(v.lang, reader)} · ${tr(KIND_DETAILS[v.kind])}`,
      sources: sourcesOf(v.sourceIds),
    };
  });
}

/** A translation's kind after its language in the side-by-side panel: `English · official`. */
const KIND_DETAILS: Record<RawTranslation['kind'], MessageId> = {
  official: 'quote.kindDetail.official',
  interpretation: 'quote.kindDetail.interpretation',
  press: 'quote.kindDetail.press',
  ours: 'quote.kindDetail.ours',
};
