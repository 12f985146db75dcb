import type { MessageId, MessageValues, Phrase } from '../i18n/i18n';

/** One thing wrong with a dataset: where it is (`quotes[2].eventIds[0]`) and what is wrong. */
export interface Problem {
  /** A JSON path into the dataset, e.g. `events[3].start`; empty for the whole file. */
  readonly path: string;
  /** Plain English, e.g. `no event "talk"`: the command line's, the Studio's and the embed's. */
  readonly message: string;
  /**
   * The same as a message of the catalogs, which the page shows in the reader's language
   * (tests/data/problemPhrases.test.ts checks that its English is `message`).
   */
  readonly phrase?: Phrase;
}

/** A problem at `path`, said in English and as the catalog's `id` with its values. */
export function problemAt(
  path: string,
  message: string,
  id: MessageId,
  values?: MessageValues,
): Problem {
  return { path, message, phrase: values ? { id, values } : { id } };
}

/** Either a value or the list of problems that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: readonly Problem[] };

/** Joins path segments the way people read JSON paths: `quotes[2].eventIds[0]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** `events[3].start: not an ISO 8601 time with an offset` */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
