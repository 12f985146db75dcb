import { localPathProblem } from '../data/fetchStory';
import { ALLOWED_DATA_ORIGINS } from '../data/origins';
import { isLang, LANGS, type Lang } from '../i18n/lang';
import { parseItemKey, type Selection } from '../story/selection';
import { parseIsoTime } from '../time/iso';
import { isKnownTimeZone, type ZoneChoice } from '../time/zone';
import type { AppState, ViewChoice } from './store';

/** Settings that only the URL carries: they choose how the app is framed, not what is shown. */
export interface Frame {
  readonly embed: boolean;
  /** Another story's address (`data=`), or `null` for the default story. */
  readonly data: string | null;
  /** With `origin=`, the only origin the embed protocol talks to. */
  readonly origin: string | null;
  /** This window is the presenter view (`presenter=1`), opened from presentation mode. */
  readonly presenter: boolean;
}

/** A page opened without frame settings: the full app with the default story. */
export const DEFAULT_FRAME: Frame = { embed: false, data: null, origin: null, presenter: false };

/** A URL parameter that was ignored, and why; shown as a dismissible notice. */
export interface UrlNotice {
  readonly key: string;
  readonly message: string;
}

/** What a query string asks for: state for the store, the frame, and what was ignored. */
export interface UrlState {
  readonly state: Partial<AppState>;
  readonly frame: Frame;
  readonly notices: readonly UrlNotice[];
}

const VIEWS: readonly ViewChoice[] = ['all', 'timeline', 'map', 'quotes'];
const FLAGS = new Set(['1', 'true', 'yes', '']);
const OFF = new Set(['0', 'false', 'no']);

type Parsed<T> = { value: T } | { error: string };

/** One row per URL key: how to read it and how to write it (timemap's urlState table). */
interface KeyRule<T> {
  parse(raw: string): Parsed<T>;
  serialise(value: T): string | null;
}

const flag: KeyRule<boolean> = {
  parse: (raw) =>
    FLAGS.has(raw)
      ? { value: true }
      : OFF.has(raw)
        ? { value: false }
        : { error: 'expected 1 or 0' },
  serialise: (v) => (v ? '1' : null),
};

export const URL_KEYS = {
  select: {
    parse: (raw: string): Parsed<Selection> => {
      const s = parseItemKey(raw);
      return s ? { value: s } : { error: 'expected KIND:ID, e.g. event:talks' };
    },
    serialise: (s: Selection | null) => (s ? `${s.kind}:${s.id}` : null),
  },
  tz: {
    parse: (raw: string): Parsed<ZoneChoice> => {
      if (raw === 'story' || raw === 'local') return { value: raw };
      if (raw.toUpperCase() === 'UTC') return { value: 'UTC' };
      return isKnownTimeZone(raw) ? { value: raw } : { error: `"${raw}" is not a time zone` };
    },
    serialise: (z: ZoneChoice) => (z === 'story' ? null : z),
  },
  view: {
    parse: (raw: string): Parsed<ViewChoice> =>
      (VIEWS as readonly string[]).includes(raw)
        ? { value: raw as ViewChoice }
        : { error: `expected one of ${VIEWS.join(', ')}` },
    serialise: (v: ViewChoice) => (v === 'all' ? null : v),
  },
  step: {
    parse: (raw: string): Parsed<number> => {
      const n = Number(raw);
      return /^\d+$/.test(raw) && n >= 1
        ? { value: n - 1 }
        : { error: 'expected a stop number from 1' };
    },
    serialise: (n: number) => String(n + 1),
  },
  t: {
    parse: (raw: string): Parsed<string> =>
      parseIsoTime(raw) === undefined
        ? { error: 'expected an ISO time with offset, e.g. 2025-08-15T10:40:00-08:00' }
        : { value: raw },
    serialise: (t: string | null) => t,
  },
  lang: {
    parse: (raw: string): Parsed<Lang> =>
      isLang(raw) ? { value: raw } : { error: `expected one of ${LANGS.join(', ')}` },
    serialise: (l: Lang) => (l === 'en' ? null : l),
  },
  present: flag,
  embed: flag,
  presenter: flag,
  data: {
    // Any address is kept here; the loader refuses other schemes with a visible error
    // (`checkDataAddress`), because silently showing the default story would mislead an embedder.
    parse: (raw: string): Parsed<string> =>
      raw.trim() ? { value: raw } : { error: 'expected the address of a story file' },
    serialise: (d: string | null) => d,
  },
  origin: {
    parse: (raw: string): Parsed<string> => {
      try {
        const u = new URL(raw);
        if (u.origin === 'null') return { error: 'not an origin' };
        return { value: u.origin };
      } catch {
        return { error: 'not an origin, e.g. https://example.org' };
      }
    },
    serialise: (o: string | null) => o,
  },
};

/** Where `data=` points, resolved against the page; or why it cannot be loaded. */
export function checkDataAddress(
  raw: string,
  base: string,
  allowed: readonly string[] | null = ALLOWED_DATA_ORIGINS,
): { href: string } | { error: string } {
  const local = localPathProblem(raw);
  if (local) return { error: local };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { error: `data=${raw} is not an address` };
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    const own = new URL(base).origin;
    if (allowed && url.origin !== own && !allowed.includes(url.origin)) {
      const from = ['its own address', ...allowed].join(', ');
      return {
        error: `this site does not load stories from ${url.origin}; it loads them only from ${from}`,
      };
    }
    return { href: url.href };
  }
  return { error: `only http: and https: addresses can be loaded, not ${url.protocol}` };
}

/** Reads a query string. Unknown keys and bad values become notices and fall back to defaults. */
export function parseUrl(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: { -readonly [K in keyof AppState]?: AppState[K] } = {};
  const frame: { -readonly [K in keyof Frame]: Frame[K] } = { ...DEFAULT_FRAME };
  const notices: UrlNotice[] = [];
  const read = <T>(key: string, rule: KeyRule<T>, apply: (v: T) => void) => {
    const raw = params.get(key);
    if (raw === null) return;
    const parsed = rule.parse(raw);
    if ('error' in parsed)
      notices.push({ key, message: `${key}=${raw} was ignored: ${parsed.error}` });
    else apply(parsed.value);
  };
  read('select', URL_KEYS.select, (v) => (state.selection = v));
  read('tz', URL_KEYS.tz, (v) => (state.zone = v));
  read('view', URL_KEYS.view, (v) => (state.view = v));
  read('present', URL_KEYS.present, (v) => (state.present = v));
  read('step', URL_KEYS.step, (v) => (state.step = v));
  read('t', URL_KEYS.t, (v) => (state.t = v));
  // The pseudo-locale (development only) is read by the app itself: see src/shell/App.tsx.
  if (!(import.meta.env.DEV && params.get('lang') === 'en-XA'))
    read('lang', URL_KEYS.lang, (v) => (state.lang = v));
  read('embed', URL_KEYS.embed, (v) => (frame.embed = v));
  read('presenter', URL_KEYS.presenter, (v) => (frame.presenter = v));
  read('data', URL_KEYS.data, (v) => (frame.data = v));
  read('origin', URL_KEYS.origin, (v) => (frame.origin = v));
  for (const key of new Set(params.keys())) {
    if (!(key in URL_KEYS))
      notices.push({ key, message: `${key}= is not a Dayline setting and was ignored` });
  }
  return { state, frame, notices };
}

/** Writes state and frame back to a query string; defaults are left out to keep links short. */
export function serialiseUrl(state: AppState, frame: Frame): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null) => {
    if (value !== null) params.set(key, value);
  };
  put('data', URL_KEYS.data.serialise(frame.data));
  put('embed', URL_KEYS.embed.serialise(frame.embed));
  put('origin', URL_KEYS.origin.serialise(frame.origin));
  put('presenter', URL_KEYS.presenter.serialise(frame.presenter));
  put('lang', URL_KEYS.lang.serialise(state.lang));
  put('view', URL_KEYS.view.serialise(state.view));
  put('tz', URL_KEYS.tz.serialise(state.zone));
  put('present', URL_KEYS.present.serialise(state.present));
  if (state.present) put('step', URL_KEYS.step.serialise(state.step));
  put('select', URL_KEYS.select.serialise(state.selection));
  put('t', URL_KEYS.t.serialise(state.t));
  const s = params.toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  return s ? `?${s}` : '';
}
