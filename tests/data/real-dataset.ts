import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawStory } from '../../src/data/schema';
import { parseStory } from '../../src/story/load';
import type { Story } from '../../src/story/types';

/** The repository root; paths are built from it because jsdom replaces the global `URL`. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The summit dataset the app ships, as text. */
export const REAL_STORY_TEXT = readFileSync(resolve(ROOT, 'data/alaska-summit-2025.json'), 'utf8');

/** A fresh, mutable copy of the dataset's JSON. */
export function realRaw(): RawStory {
  return JSON.parse(REAL_STORY_TEXT) as RawStory;
}

/** The dataset as a checked model; throws with every problem if it does not load. */
export function realStory(): Story {
  const result = parseStory(REAL_STORY_TEXT);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.value;
}
