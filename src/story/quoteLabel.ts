import { tr } from '../i18n/i18n';
import { inQuoteMarks } from '../words/quoteMarks';
import { quoteLang } from './quoteVersions';
import type { StoryPerson, StoryQuote } from './types';

/** How many characters of a quote an accessible name or preview carries. */
const PREVIEW_CHARS = 60;

/** The start of a quote's text, cut at a word boundary: `We had an extremely productive…`. */
export function quoteStart(text: string, max = PREVIEW_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…-]+$/, '')}…`;
}

/**
 * The DOM contract's accessible name for a quote: its speaker, then the start of its text as the
 * reader sees it (`text`: the translation shown, when the words were spoken in another language,
 * `lang` its language), between the quotation marks of that language.
 */
export function quoteAccessibleName(
  quote: StoryQuote,
  speaker: StoryPerson | undefined,
  text = quote.text,
  lang = quoteLang(quote),
): string {
  return tr('quote.name', {
    speaker: speaker?.name ?? tr('quote.unknownSpeaker'),
    text: inQuoteMarks(quoteStart(text), lang),
  });
}
