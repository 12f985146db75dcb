/**
 * Quotation marks by the language of the words they wrap, as CLDR gives them
 * (`delimiters/quotationStart`, `quotationEnd`): «…» for Russian and Ukrainian, “…” for English.
 * `Intl` has no API for them, so the table holds the languages a story is likely to quote; any
 * other falls back to English marks. The quote's own language decides, not the interface's: a
 * Russian reader sees Trump's English words in “…” and Putin's Russian ones in «…».
 */
const MARKS: Readonly<Record<string, readonly [open: string, close: string]>> = {
  en: ['“', '”'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  be: ['«', '»'],
  de: ['„', '“'],
  fr: ['«', '»'],
  es: ['«', '»'],
  it: ['«', '»'],
  pl: ['„', '”'],
};

const FALLBACK = MARKS.en as readonly [string, string];

/** The opening and closing marks for words in `lang` (a BCP 47 tag; `ru-RU` is `ru`). */
export function quoteMarks(lang: string | undefined): readonly [open: string, close: string] {
  const primary = lang?.split('-')[0]?.toLowerCase() ?? '';
  return MARKS[primary] ?? FALLBACK;
}

/** `text` between the marks of its language: `«Добрый день»`, `“Good afternoon”`. */
export function inQuoteMarks(text: string, lang: string | undefined): string {
  const [open, close] = quoteMarks(lang);
  return `${open}${text}${close}`;
}
