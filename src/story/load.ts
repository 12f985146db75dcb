import { type FetchOptions, fetchStoryFile } from '../data/fetchStory';
import { checkStory, parseStoryData } from '../data/load';
import { checkStoryOffThread, checkStoryTextOffThread } from '../data/offThread';
import type { Result } from '../data/problems';
import { toStory } from './build';
import type { Story } from './types';

/**
 * Turns any JSON value into a story model or a list of located problems. Never throws: the
 * shape is checked by zod, then links and meaning by `checkLinks`.
 */
export function validateStory(value: unknown): Result<Story> {
  return toStory(checkStory(value));
}

/** Parses JSON text, then validates it. */
export function parseStory(text: string): Result<Story> {
  return toStory(parseStoryData(text));
}

export type LoadOptions = FetchOptions;

/** Fetches, parses and validates a story. Every failure comes back as a problem, never a throw. */
export async function loadStory(url: string, options: LoadOptions = {}): Promise<Result<Story>> {
  const file = await fetchStoryFile(url, options);
  return file.ok ? parseStory(new TextDecoder().decode(file.value)) : file;
}

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
