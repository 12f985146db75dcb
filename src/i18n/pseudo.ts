/**
 * The pseudo-locale `en-XA` (development and tests only): every English message with its letters
 * accented and about a third longer, in brackets. Text that shows without them did not come
 * through the catalog (tests/i18n/pseudo.test.tsx).
 */
import type { Messages } from '@lingui/core';
import { compileCatalog } from './compile';
import en from './messages/en.json';

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Marks where pseudo text starts and ends, so a test can tell it from anything else. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** One run of literal text, accented and lengthened by about 30%. */
export function pseudoText(text: string): string {
  if (!text.trim()) return text;
  const accented = [...text].map((c) => ACCENTS[c] ?? c).join('');
  const letters = text.replace(/[^a-z]/gi, '').length;
  const pad = '~'.repeat(Math.ceil(letters * 0.3));
  return `${PSEUDO_OPEN}${accented}${pad}${PSEUDO_CLOSE}`;
}

/** The English catalog in the pseudo-locale, compiled. */
export function pseudoCatalog(): Messages {
  return compileCatalog(en, pseudoText);
}
