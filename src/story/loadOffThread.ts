import type { FetchOptions } from '../data/fetchStory';
import { checkStoryOffThread, checkStoryTextOffThread } from '../data/offThread';
import type { Result } from '../data/problems';
import { toStory } from './build';
import type { Story } from './types';

// Apart from load.ts on purpose: the page's first JavaScript must not import the validator (zod),
// which load.ts does; here it runs in a worker, or comes in its own chunk.

/**
 * Loads a story for the page: fetched here, parsed and checked in a worker (see
 * `checkStoryOffThread`), then the model is built here. Like `loadStory`, it never throws.
 */
export async function loadStoryOffThread(
  url: string,
  options: FetchOptions = {},
): Promise<Result<Story>> {
  return toStory(await checkStoryOffThread(url, options));
}

/** Builds the story the page carries as text (the single HTML file), checked like a fetched one. */
export async function loadStoryTextOffThread(
  text: string,
  signal?: AbortSignal,
): Promise<Result<Story>> {
  return toStory(await checkStoryTextOffThread(text, signal));
}
