import { localPathProblem } from '../data/fetchStory';
import { ALLOWED_DATA_ORIGINS } from '../data/origins';
import { type Problem, problemAt } from '../data/problems';
import { englishT, type MessageId, type MessageValues, type Phrase } from '../i18n/i18n';
import { type FieldTable, FRAME_FIELDS, fieldsOf, initialOf, STATE_FIELDS } from './fields';
import type { AppState } from './store';

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
export const DEFAULT_FRAME: Frame = initialOf(FRAME_FIELDS);

/** A URL parameter that was ignored, and why; shown as a dismissible notice. */
export interface UrlNotice {
  readonly key: string;
  /** What the page shows, in the reader's language when it is shown. */
  readonly phrase: Phrase;
  /** The same in English (tests, logs). */
  readonly message: string;
}

/** A notice about `key`, said by `phrase`. */
export function urlNotice(key: string, phrase: Phrase): UrlNotice {
  return { key, phrase, message: englishT(phrase.id, phrase.values) };
}

/** What a query string asks for: state for the store, the frame, and what was ignored. */
export interface UrlState {
  readonly state: Partial<AppState>;
  readonly frame: Frame;
  readonly notices: readonly UrlNotice[];
}

/** Where `data=` points, resolved against the page; or why it cannot be loaded. */
export function checkDataAddress(
  raw: string,
  base: string,
  allowed: readonly string[] | null = ALLOWED_DATA_ORIGINS,
): { href: string } | { error: string; problem: Problem } {
  const refuse = (message: string, id: MessageId, values: MessageValues) => ({
    error: message,
    problem: problemAt('', message, id, values),
  });
  const local = localPathProblem(raw);
  if (local) return { error: local.message, problem: local };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return refuse(`data=${raw} is not an address`, 'problem.notAddress', { raw });
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    const own = new URL(base).origin;
    if (allowed && url.origin !== own && !allowed.includes(url.origin)) {
      const from = ['its own address', ...allowed].join(', ');
      return refuse(
        `this site does not load stories from ${url.origin}; it loads them only from ${from}`,
        'problem.originRefused',
        { origin: url.origin, others: allowed.length > 0 ? allowed.join(', ') : 'none' },
      );
    }
    return { href: url.href };
  }
  return refuse(
    `only http: and https: addresses can be loaded, not ${url.protocol}`,
    'problem.scheme',
    { protocol: url.protocol },
  );
}

/** Every key the address may carry, from the field tables. */
const URL_KEYS = new Set(
  [...fieldsOf(STATE_FIELDS), ...fieldsOf(FRAME_FIELDS)].flatMap(([, f]) =>
    f.url ? [f.url.key] : [],
  ),
);

/** Reads a query string. Unknown keys and bad values become notices and fall back to defaults. */
export function parseUrl(search: string): UrlState {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const read = <Whole>(table: FieldTable<Whole>): Partial<Whole> => {
    const values: Partial<Whole> = {};
    for (const [name, { url }] of fieldsOf(table)) {
      const raw = url && params.get(url.key);
      if (!url || raw === null || raw === undefined) continue;
      const parsed = url.parse(raw);
      if ('error' in parsed) {
        const { id, values } = parsed.error;
        notices.push(urlNotice(url.key, { id, values: { ...values, key: url.key, raw } }));
      } else values[name] = parsed.value;
    }
    return values;
  };
  const frame: Frame = { ...DEFAULT_FRAME, ...read(FRAME_FIELDS) };
  const state = read(STATE_FIELDS);
  for (const key of new Set(params.keys())) {
    if (!URL_KEYS.has(key))
      notices.push(urlNotice(key, { id: 'notice.unknownKey', values: { key } }));
  }
  return { state, frame, notices };
}

/** Writes state and frame back to a query string; defaults are left out to keep links short. */
export function serialiseUrl(state: AppState, frame: Frame): string {
  const params = new URLSearchParams();
  const write = <Whole>(table: FieldTable<Whole>, whole: Whole) => {
    for (const [name, { url }] of fieldsOf(table)) {
      const text = url?.serialise(whole[name], whole);
      if (url && text !== null && text !== undefined) params.set(url.key, text);
    }
  };
  write(FRAME_FIELDS, frame);
  write(STATE_FIELDS, state);
  const s = params.toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  return s ? `?${s}` : '';
}
