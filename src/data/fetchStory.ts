import type { Problem, Result } from './problems';

/** Larger files are refused before parsing: a story of 100,000 items fits well under it. */
export const MAX_STORY_BYTES = 20 * 1024 * 1024;

export interface FetchOptions {
  /** Give up after this long; default 10 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

/** The "file is too large" problem, shared by the size checks before and after fetching. */
export function tooLarge(bytes: number): Problem {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return { path: '', message: `the file is ${mb} MB; stories are limited to 20 MB` };
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
  const { timeoutMs = 10_000, fetchImpl = fetch } = options;
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
    if (!response.ok) {
      const message = `the server answered ${response.status} ${response.statusText}`.trim();
      return { ok: false, problems: [{ path: '', message }] };
    }
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_STORY_BYTES) return { ok: false, problems: [tooLarge(length)] };
    return { ok: true, value: await response.arrayBuffer() };
  } catch (error) {
    if (timedOut) {
      return {
        ok: false,
        problems: [{ path: '', message: `no answer within ${timeoutMs / 1000} s` }],
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `could not fetch the file (${detail})` }] };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromOutside);
  }
}
