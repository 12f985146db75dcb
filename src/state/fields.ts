import type { Phrase } from '../i18n/i18n';
import { isLang, LANGS, type Lang } from '../i18n/lang';
import { parseItemKey, type Selection, sameSelection } from '../story/selection';
import { parseIsoTime } from '../time/iso';
import { isKnownTimeZone, type ZoneChoice } from '../time/zone';
import { VIEW_INFO } from '../views/catalog';
import type { AppState, ViewChoice } from './store';
import type { Frame } from './url';

/**
 * A value read from the address, or why it was ignored: a `notice.*` message, which `parseUrl`
 * gives the key and the raw value (`{key}={raw} was ignored: …`).
 */
export type Parsed<T> = { value: T } | { error: Phrase };
const why = (id: Phrase['id'], values?: Phrase['values']): { error: Phrase } => ({
  error: values ? { id, values } : { id },
});

/** How a field travels in the address (`?key=…`): how to read it and how to write it. */
export interface UrlRule<T, Whole> {
  readonly key: string;
  parse(raw: string): Parsed<T>;
  /** The key's text, or `null` to leave the key out (its default, or pointless in `whole`). */
  serialise(value: T, whole: Whole): string | null;
}

/** One field: where it starts, when two values are the same, and its URL key (if any). */
export interface Field<T, Whole> {
  readonly initial: T;
  readonly equal: (a: T, b: T) => boolean;
  readonly url: UrlRule<T, Whole> | null;
}

/** A table with exactly one entry per field of `Whole`: a field left out does not compile. */
export type FieldTable<Whole> = { readonly [K in keyof Whole]-?: Field<Whole[K], Whole> };

const same = <T>(a: T, b: T) => Object.is(a, b);
const FLAGS = new Set(['1', 'true', 'yes', '']);
const OFF = new Set(['0', 'false', 'no']);
const flag = <Whole>(key: string): UrlRule<boolean, Whole> => ({
  key,
  parse: (raw) =>
    FLAGS.has(raw) ? { value: true } : OFF.has(raw) ? { value: false } : why('notice.flag'),
  serialise: (v) => (v ? '1' : null),
});
const VIEWS: readonly string[] = [
  'all',
  ...VIEW_INFO.flatMap((v) => (v.alone === null ? [] : [v.id])),
];

/**
 * Every field of the store's state. The order is the order of the keys in a written address.
 * The store compares states with `equal` (a field missing here would drop its updates) and the
 * URL module reads and writes the `url` rules; neither names a field.
 */
export const STATE_FIELDS: FieldTable<AppState> = {
  lang: {
    initial: 'en',
    equal: same,
    url: {
      key: 'lang',
      parse: (raw): Parsed<Lang> => {
        if (isLang(raw)) return { value: raw };
        // The pseudo-locale (development only) is read by the app itself: see src/shell/App.tsx.
        if (import.meta.env?.DEV && raw === 'en-XA') return { value: 'en' };
        return why('notice.oneOf', { options: LANGS.join(', ') });
      },
      serialise: (l) => (l === 'en' ? null : l),
    },
  },
  view: {
    initial: 'all',
    equal: same,
    url: {
      key: 'view',
      parse: (raw) =>
        VIEWS.includes(raw)
          ? { value: raw as ViewChoice }
          : why('notice.oneOf', { options: VIEWS.join(', ') }),
      serialise: (v) => (v === 'all' ? null : v),
    },
  },
  zone: {
    initial: 'story',
    equal: same,
    url: {
      key: 'tz',
      parse: (raw): Parsed<ZoneChoice> => {
        if (raw === 'story' || raw === 'local') return { value: raw };
        if (raw.toUpperCase() === 'UTC') return { value: 'UTC' };
        return isKnownTimeZone(raw) ? { value: raw } : why('notice.zone');
      },
      serialise: (z) => (z === 'story' ? null : z),
    },
  },
  present: { initial: false, equal: same, url: flag('present') },
  step: {
    initial: 0,
    equal: same,
    url: {
      key: 'step',
      parse: (raw) => {
        const n = Number(raw);
        return /^\d+$/.test(raw) && n >= 1 ? { value: n - 1 } : why('notice.step');
      },
      // Only presentation mode has a current stop.
      serialise: (n, state) => (state.present ? String(n + 1) : null),
    },
  },
  selection: {
    initial: null,
    equal: sameSelection,
    url: {
      key: 'select',
      parse: (raw): Parsed<Selection | null> => {
        const s = parseItemKey(raw);
        return s ? { value: s } : why('notice.select');
      },
      serialise: (s) => (s ? `${s.kind}:${s.id}` : null),
    },
  },
  t: {
    initial: null,
    equal: same,
    url: {
      key: 't',
      parse: (raw) => (parseIsoTime(raw) === undefined ? why('notice.time') : { value: raw }),
      serialise: (t) => t,
    },
  },
  // The speaker filter, playing and its speed are the reader's own, not part of a link.
  speakers: { initial: null, equal: same, url: null },
  playing: { initial: false, equal: same, url: null },
  speed: { initial: 15, equal: same, url: null },
};

/** Every field of the frame: settings only the URL carries, in the order of a written address. */
export const FRAME_FIELDS: FieldTable<Frame> = {
  data: {
    initial: null,
    equal: same,
    url: {
      key: 'data',
      // Any address is kept here; the loader refuses other schemes with a visible error
      // (`checkDataAddress`), because silently showing the default story would mislead an embedder.
      parse: (raw) => (raw.trim() ? { value: raw } : why('notice.data')),
      serialise: (d) => d,
    },
  },
  embed: { initial: false, equal: same, url: flag('embed') },
  origin: {
    initial: null,
    equal: same,
    url: {
      key: 'origin',
      parse: (raw) => {
        try {
          const u = new URL(raw);
          if (u.origin === 'null') return why('notice.origin');
          return { value: u.origin };
        } catch {
          return why('notice.origin');
        }
      },
      serialise: (o) => o,
    },
  },
  presenter: { initial: false, equal: same, url: flag('presenter') },
};

/** The table's fields with their names, in order. */
export function fieldsOf<Whole>(table: FieldTable<Whole>) {
  type Name = keyof Whole & string;
  return Object.entries(table) as [Name, Field<Whole[Name], Whole>][];
}

/** Every field at its initial value. */
export function initialOf<Whole>(table: FieldTable<Whole>): Whole {
  return Object.fromEntries(fieldsOf(table).map(([name, field]) => [name, field.initial])) as Whole;
}

/** True when every field of `a` and `b` is the same by its own equality. */
export function sameFields<Whole>(table: FieldTable<Whole>, a: Whole, b: Whole): boolean {
  return fieldsOf(table).every(([name, field]) => field.equal(a[name], b[name]));
}
