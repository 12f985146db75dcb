import { runInWorker } from '../workers/runInWorker';
import { type FetchOptions, fetchStoryFile } from './fetchStory';
import { problemAt, type Result } from './problems';
import type { RawStory } from './schema';

/** What the page sends the checking worker: the file's bytes. */
export interface CheckRequest {
  readonly bytes: ArrayBuffer;
}
/** What the worker answers. */
export type CheckReply = Result<RawStory>;

/**
 * Fetches a story file here and parses and checks it in a worker (the validator and zod stay out
 * of the page's first JavaScript). Where workers are missing or fail to start, the checks run on
 * this thread from a lazily loaded chunk. Never throws.
 */
export async function checkStoryOffThread(
  url: string,
  options: FetchOptions = {},
): Promise<Result<RawStory>> {
  const file = await fetchStoryFile(url, options);
  if (!file.ok) return file;
  return (await checkInWorker(file.value, options.signal)) ?? (await checkHere(file.value));
}

/**
 * Checks a story the page already holds as text (see `embeddedStoryText`): in a worker where one
 * starts, else on this thread. Never throws.
 */
export async function checkStoryTextOffThread(
  text: string,
  signal?: AbortSignal,
): Promise<CheckReply> {
  const bytes = new TextEncoder().encode(text).buffer;
  return (await checkInWorker(bytes, signal)) ?? (await checkHere(bytes));
}

/** The worker's answer, or `null` when no worker could do the job. */
function checkInWorker(bytes: ArrayBuffer, signal?: AbortSignal): Promise<CheckReply | null> {
  return runInWorker<CheckRequest, CheckReply>(
    () => new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' }),
    { bytes },
    {
      signal,
      onAbort: () => ({
        ok: false,
        problems: [problemAt('', 'loading was cancelled', 'problem.cancelled')],
      }),
    },
  );
}

async function checkHere(bytes: ArrayBuffer): Promise<CheckReply> {
  const { parseStoryData } = await import('./load');
  return parseStoryData(new TextDecoder().decode(bytes));
}
