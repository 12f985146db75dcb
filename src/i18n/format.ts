/**
 * The locale that dates, times, zone names, numbers and lists are formatted in: the reader's
 * language, set when its catalog is activated (`activate` in ./i18n). Formatter caches are keyed
 * by it, so a change of language never reuses another language's formatter.
 */

/** `Intl` locale per interface language: English keeps its day-month-year dates. */
const INTL_LOCALE: Readonly<Record<string, string>> = { en: 'en-GB', 'en-XA': 'en-GB' };

let current = 'en';

/** Called by `activate` only. */
export function setFormatLocale(lang: string): void {
  current = lang;
}

/** The interface language (`en`, `ru`, `uk`), e.g. to choose a zone's name. */
export function formatLang(): string {
  return current === 'en-XA' ? 'en' : current;
}

/** The `Intl` locale of the reader's language. */
export function intlLocale(lang: string = current): string {
  return INTL_LOCALE[lang] ?? lang;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** `12,345` in English, `12 345` in Russian and Ukrainian. */
export function formatNumber(n: number): string {
  const locale = intlLocale();
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

const listFormats = new Map<string, Intl.ListFormat>();
/** `A, B and C` / `A, B и C`. */
export function formatList(items: readonly string[]): string {
  const locale = intlLocale();
  let f = listFormats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, f);
  }
  return f.format(items);
}
