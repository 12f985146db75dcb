import { setupI18n } from '@lingui/core';
import { type CompiledMessage, compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../src/i18n/messages/en.json';
import enCompiled from '../../src/i18n/messages/en.json?catalog';
import ru from '../../src/i18n/messages/ru.json';
import ruCompiled from '../../src/i18n/messages/ru.json?catalog';
import uk from '../../src/i18n/messages/uk.json';
import ukCompiled from '../../src/i18n/messages/uk.json?catalog';
import { preferredLang } from '../../src/i18n/preferred';

const CATALOGS: Record<string, Record<string, string>> = { ru, uk };

/** The name of every placeholder a compiled message uses (a translation may choose by one). */
function placeholders(message: CompiledMessage, into = new Set<string>()): Set<string> {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, type, format] = token;
    into.add(name);
    if ((type === 'plural' || type === 'select' || type === 'selectordinal') && format) {
      for (const [key, branch] of Object.entries(format as Record<string, unknown>)) {
        if (key !== 'offset' && Array.isArray(branch))
          placeholders(branch as CompiledMessage, into);
      }
    }
  }
  return into;
}

/** The plural categories a message offers for a plural placeholder, e.g. `one,few,many,other`. */
function pluralBranches(message: CompiledMessage): string[][] {
  const found: string[][] = [];
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [, type, format] = token;
    if (type === 'plural' && format)
      found.push(Object.keys(format as object).filter((k) => k !== 'offset'));
  }
  return found;
}

describe('interface catalogs', () => {
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    it(`${lang} has every English message and no other`, () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    });

    it(`${lang}: every message is valid ICU with the same placeholders as English`, () => {
      for (const [id, source] of Object.entries(en)) {
        const theirs = catalog[id];
        expect(theirs, id).toBeTypeOf('string');
        const compiled = compileMessageOrThrow(theirs as string);
        expect([...placeholders(compiled)].sort(), id).toEqual(
          [...placeholders(compileMessageOrThrow(source))].sort(),
        );
      }
    });

    it(`${lang}: plurals offer the language's one, few and many forms`, () => {
      for (const [id, message] of Object.entries(catalog)) {
        for (const branches of pluralBranches(compileMessageOrThrow(message))) {
          // Forms that differ only for few/many (a noun) must have all three; a form shared by
          // every count other than one ("Места") may use one/other.
          if (branches.includes('few') || branches.includes('many'))
            expect(branches, id).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
        }
      }
    });
  }
});

describe('compiled catalogs in production', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  // Lingui's production runtime has no ICU compiler: a message left as a string counts as
  // uncompiled and costs a `console.warn` on every look-up (hundreds on one page load).
  it.each([
    ['en', enCompiled],
    ['ru', ruCompiled],
    ['uk', ukCompiled],
  ])('%s: every message translates without a warning', (lang, messages) => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const i18n = setupI18n({ locale: lang, messages: { [lang]: messages } });
    const values = { count: 2, n: 2, total: 5, name: 'x', title: 'x', place: 'x', time: 'x' };
    for (const id of Object.keys(messages)) expect(typeof i18n._(id, values), id).toBe('string');
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('plural forms', () => {
  const i18n = setupI18n({ locale: 'ru', messages: { ru: ruCompiled, uk: ukCompiled } });
  const say = (locale: string, id: string, n: number) => {
    i18n.activate(locale);
    return i18n._(id, { n });
  };
  it('Russian: 1, 2, 5, 21, 22 quotes and sources', () => {
    expect([1, 2, 5, 21, 22].map((n) => say('ru', 'count.quotes', n))).toEqual([
      '1 цитата',
      '2 цитаты',
      '5 цитат',
      '21 цитата',
      '22 цитаты',
    ]);
    expect([1, 2, 5, 21, 22].map((n) => say('ru', 'count.sources', n))).toEqual([
      '1 источник',
      '2 источника',
      '5 источников',
      '21 источник',
      '22 источника',
    ]);
  });
  it('Ukrainian: 1, 2, 5, 21, 22 events and sources', () => {
    expect([1, 2, 5, 21, 22].map((n) => say('uk', 'count.events', n))).toEqual([
      '1 подія',
      '2 події',
      '5 подій',
      '21 подія',
      '22 події',
    ]);
    expect([1, 2, 5, 21, 22].map((n) => say('uk', 'count.sources', n))).toEqual([
      '1 джерело',
      '2 джерела',
      '5 джерел',
      '21 джерело',
      '22 джерела',
    ]);
  });
});

describe('preferredLang', () => {
  it('takes the first of the browser languages that Dayline offers', () => {
    expect(preferredLang(['de-DE', 'uk-UA', 'en'])).toBe('uk');
    expect(preferredLang(['ru-RU'])).toBe('ru');
    expect(preferredLang(['en-US', 'ru'])).toBe('en');
    expect(preferredLang(['fr', 'de'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
