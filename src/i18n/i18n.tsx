/**
 * The interface's words (issue 15), through Lingui's core: ICU messages with CLDR plural rules
 * (from `Intl.PluralRules`), compiled ahead of time (scripts/vite-plugin-catalogs.ts). English is
 * in the initial bundle; Russian and Ukrainian are chunks of their own, fetched when chosen.
 */
import { type I18n, type Messages, setupI18n } from '@lingui/core';
import { createContext, Fragment, type ReactNode, useContext, useMemo } from 'react';
import { setFormatLocale } from './format';
import { type Lang, LangContext } from './lang';
import en from './messages/en.json?catalog';

/** Every message id; `ru.json` and `uk.json` must have the same (tests/i18n/catalogs.test.ts). */
export type MessageId = keyof typeof import('./messages/en.json') & string;
export type MessageValues = Readonly<Record<string, string | number>>;
/**
 * A message of the catalogs with its values, kept as data and put into words where it is shown,
 * in the language of that moment (a URL notice, a problem with a story).
 */
export interface Phrase {
  readonly id: MessageId;
  readonly values?: MessageValues;
}
/** Looks up a message in the active language and fills in its placeholders. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** The pseudo-locale (development and tests only): accented, lengthened English. */
export const PSEUDO = 'en-XA';
/** A locale a catalog can be activated in. */
export type Locale = Lang | typeof PSEUDO;

/** The one Lingui instance; English is loaded and active from the start. */
export const i18n: I18n = setupI18n({ locale: 'en', messages: { en } });

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Messages }>> = {
  ru: () => import('./messages/ru.json?catalog'),
  uk: () => import('./messages/uk.json?catalog'),
};

/** Fetches the catalog of `locale` once; resolves when it can be activated. */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  if (locale === PSEUDO) {
    if (!import.meta.env.DEV) throw new Error('the pseudo-locale exists in development only');
    const { pseudoCatalog } = await import('./pseudo');
    i18n.load(PSEUDO, pseudoCatalog());
    return;
  }
  if (locale === 'en') return;
  const { default: messages } = await LOADERS[locale]();
  i18n.load(locale, messages);
}

/** True when `locale`'s catalog is already loaded (no fetch needed to show it). */
export function isLoaded(locale: Locale): boolean {
  return locale === 'en' || loaded.has(locale);
}
const loaded = new Set<Locale>(['en']);

/** Loads and activates `locale`; the provider re-renders every translated string. */
export async function activate(locale: Locale): Promise<void> {
  await loadCatalog(locale);
  loaded.add(locale);
  i18n.activate(locale);
  setFormatLocale(locale);
}

interface Words {
  readonly locale: Locale;
  readonly t: Translate;
}

const translate =
  (instance: I18n): Translate =>
  (id, values) =>
    instance._(id, values);

/**
 * The active language's words, for code outside the views (labels built in plain functions).
 * Views re-render on a change of language through `useT`/`useLocale`, and call this again.
 */
export const tr: Translate = (id, values) => i18n._(id, values);

/** English, whatever the active language: the default for code outside the views (and tests). */
export const englishT: Translate = translate(setupI18n({ locale: 'en', messages: { en } }));

/** English until a provider says otherwise, so a component rendered alone (tests) reads English. */
const WordsContext = createContext<Words>({ locale: 'en', t: englishT });

/**
 * Gives every view below the words of `locale`, whose catalog must be active (see `activate`),
 * and the reader's language for the story's own texts.
 */
export function WordsProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const words = useMemo<Words>(() => {
    // A copy per locale, so the value changes (and every `useT` re-renders) when the language does.
    void locale;
    return { locale, t: translate(i18n) };
  }, [locale]);
  const lang: Lang = locale === PSEUDO ? 'en' : locale;
  return (
    <WordsContext.Provider value={words}>
      <LangContext.Provider value={lang}>{children}</LangContext.Provider>
    </WordsContext.Provider>
  );
}

/** The translate function of the reader's language. */
export function useT(): Translate {
  return useContext(WordsContext).t;
}

/** The BCP 47 locale for `Intl` formatters: `en-GB` style dates for English, as before. */
export function useLocale(): Locale {
  return useContext(WordsContext).locale;
}

/**
 * A message with elements in it (`Press {enter} to select`): each named part is put where the
 * translation places its placeholder, so a sentence is never pieced together around markup.
 */
export function Rich({
  id,
  values,
  parts,
}: {
  id: MessageId;
  values?: MessageValues;
  parts: Readonly<Record<string, ReactNode>>;
}) {
  const t = useT();
  const marked = Object.fromEntries(Object.keys(parts).map((k) => [k, `\uE000${k}\uE001`]));
  const pieces = t(id, { ...values, ...marked }).split(/\uE000([^\uE001]*)\uE001/);
  return (
    <>
      {pieces.map((piece, i) =>
        // Odd pieces are part names; their order is the translation's, fixed for one render.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        i % 2 !== 0 ? <Fragment key={i}>{parts[piece]}</Fragment> : piece,
      )}
    </>
  );
}
