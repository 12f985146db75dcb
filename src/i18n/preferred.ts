import { isLang, type Lang } from './lang';

/**
 * The first of the browser's preferred languages that Dayline offers (`ru-RU` is `ru`), else
 * English: the language a page opened without `lang=` speaks.
 */
export function preferredLang(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Lang {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLang(primary)) return primary;
  }
  return 'en';
}
