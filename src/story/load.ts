import { type FetchOptions, fetchStoryFile } from '../data/fetchStory';
import { checkStory, parseStoryData } from '../data/load';
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
