import { createContext, useContext } from 'react';

/** The interface languages, in the order the language switch lists them. */
export const LANGS = ['en', 'ru', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language by its own name, as a reader looking for it expects to find it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The reader's language, provided once by the app; every view and the story's texts follow it. */
export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}
