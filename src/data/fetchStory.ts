import type { MessageId, MessageValues } from '../i18n/i18n';
import { type Problem, problemAt, type Result } from './problems';

/** Larger files are refused before parsing: a story of 100,000 items fits well under it. */
export const MAX_STORY_BYTES = 20 * 1024 * 1024;

export interface FetchOptions {
  /** Give up after this long; default 10 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** The page's origin, to tell a cross-origin (CORS) failure from a same-origin one. */
  pageOrigin?: string;
  /** Whether the browser believes it is online; default `navigator.onLine`. */
  online?: () => boolean;
}

/** One line on what the story's server must send for another site to read the file. */
export const CORS_HOW_TO =
  'To allow it, the server must send the header "Access-Control-Allow-Origin: *" (or this site\'s origin) with the file.';

/** Said whenever an address may really be a file on the reader's own computer. */
const LOCAL_FILE_HINT =
  'A file on your own computer cannot be opened by a web page: put it in public/ (npm start) or next to index.html (a built site) and use its address, serve it from a server that allows CORS, or open it in the Studio.';

/**
 * Why a `data=` address cannot be fetched before any request is made: a local file path
 * (`file:`, `C:\…`) or a scheme a web page cannot read; `null` when the address may be fetched.
 */
export function localPathProblem(raw: string): Problem | null {
  if (/^[a-z]:[\\/]/i.test(raw) || /^\\\\/.test(raw) || /^file:/i.test(raw)) {
    return problemAt('', `${raw} is a local file path. ${LOCAL_FILE_HINT}`, 'problem.localFile', {
      path: raw,
    });
  }
  return null;
}

/** The "file is too large" problem, shared by the size checks before and after fetching. */
export function tooLarge(bytes: number): Problem {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return problemAt('', `the file is ${mb} MB; stories are limited to 20 MB`, 'problem.tooLarge', {
    mb,
  });
}

/**
 * Fetches a story file's bytes. Kept apart from parsing and validation (and from zod) so the
 * page can fetch on the main thread and check in a worker. Every failure comes back as a
 * problem, never a throw.
 */
export async function fetchStoryFile(
  url: string,
  options: FetchOptions = {},
): Promise<Result<ArrayBuffer>> {
  const {
    timeoutMs = 10_000,
    fetchImpl = fetch,
    pageOrigin = globalThis.location?.origin,
    online = () => globalThis.navigator?.onLine ?? true,
  } = options;
  const controller = new AbortController();
  const abortFromOutside = () => controller.abort();
  options.signal?.addEventListener('abort', abortFromOutside);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(url, { signal: controller.signal });
    if (response.status === 404 || response.status === 410) {
      return problem(
        `the file was not found (${response.status}) at ${url}. Check the address.${localHint(url)}`,
        'problem.notFound',
        { status: response.status, url, local: localHint(url) ? 'yes' : 'no' },
      );
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      return problem(`the server answered ${status}`, 'problem.serverAnswered', { status });
    }
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_STORY_BYTES) return { ok: false, problems: [tooLarge(length)] };
    const bytes = await response.arrayBuffer();
    if (isWebPage(response, bytes)) {
      // Many servers (Vite's, single-page hosts) answer an unknown path with the app's own page.
      return problem(
        `the address answered with a web page (HTML), not a story file: ${url}. The file is probably not at this address.${localHint(url)}`,
        'problem.webPage',
        { url, local: localHint(url) ? 'yes' : 'no' },
      );
    }
    return { ok: true, value: bytes };
  } catch (error) {
    if (timedOut) {
      const seconds = timeoutMs / 1000;
      return problem(`no answer within ${seconds} s`, 'problem.timeout', { seconds });
    }
    if (options.signal?.aborted) return problem('loading was cancelled', 'problem.cancelled');
    if (!online())
      return problem(
        'you are offline, and this file was not saved for offline use',
        'problem.offline',
      );
    const target = new URL(url, pageOrigin ?? undefined);
    if (pageOrigin && target.origin !== pageOrigin) {
      // The request failed; an opaque (no-cors) request tells whether the server is there at all.
      const reachable = await fetchImpl(url, { mode: 'no-cors', signal: controller.signal }).then(
        () => true,
        () => false,
      );
      if (reachable) {
        return problem(
          `the server at ${target.origin} does not allow other sites to read this file (CORS). ${CORS_HOW_TO}`,
          'problem.cors',
          { origin: target.origin },
        );
      }
      return problem(`the server at ${target.origin} could not be reached`, 'problem.unreachable', {
        origin: target.origin,
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return problem(`could not fetch the file (${detail})`, 'problem.fetchFailed', { detail });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromOutside);
  }
}

/** Paths that are folders on a computer, not on a web server: the reader pasted a file path. */
const LOCAL_FOLDERS = /^\/(home|Users|tmp|mnt|media|root|private|Volumes|[a-z]:)\//i;

function localHint(url: string): string {
  try {
    return LOCAL_FOLDERS.test(new URL(url).pathname) ? ` ${LOCAL_FILE_HINT}` : '';
  } catch {
    return '';
  }
}

function problem(message: string, id: MessageId, values?: MessageValues): Result<never> {
  return { ok: false, problems: [problemAt('', message, id, values)] };
}

/** An HTML answer: announced as such, or a body that starts with a tag (`<!doctype`, `<html`). */
function isWebPage(response: Response, bytes: ArrayBuffer): boolean {
  if (/^\s*(text\/html|application\/xhtml)/i.test(response.headers.get('content-type') ?? '')) {
    return true;
  }
  const head = new TextDecoder()
    .decode(bytes.slice(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(!doctype|html|head|body|!--)/i.test(head);
}
