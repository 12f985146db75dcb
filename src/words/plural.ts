/**
 * Counted nouns ("1 source", "3 sources") through the language's own plural rules, never an
 * `n === 1` test: Russian and Ukrainian need "one", "few" and "many" forms, and English has
 * "1 source" but "0 sources" and "1.5 hours".
 */

/** The forms of a noun by plural category; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function rulesFor(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
}

function numberFor(locale: string): Intl.NumberFormat {
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numbers.set(locale, f);
  }
  return f;
}

/** The form of the noun that goes with `n`: `plural(1, {one: 'event', other: 'events'})`. */
export function plural(n: number, forms: PluralForms, locale = 'en'): string {
  return forms[rulesFor(locale).select(n)] ?? forms.other;
}

/** The number and its noun: `count(1, {one: 'source', other: 'sources'})` is `1 source`. */
export function count(n: number, forms: PluralForms, locale = 'en'): string {
  return `${numberFor(locale).format(n)} ${plural(n, forms, locale)}`;
}

/** English nouns that take an "s": `nouns('source')` is `{one: 'source', other: 'sources'}`. */
export function nouns(one: string, other = `${one}s`): PluralForms {
  return { one, other };
}
