import { generateStory } from '../../scripts/bench/generate-story';
import { validateStory } from '../../src/story/load';
import type { Story } from '../../src/story/types';

/**
 * A crowded day: `count` events on 15 August 2025 in Anchorage (instants, spans, some
 * approximate, a few known only by their order) and one context event outside it. The bench's
 * generator (`npm run gen`), built through the real validator like a loaded dataset.
 */
export function generatedStory(count: number, seed = 7): Story {
  const key = `${count}/${seed}`;
  const cached = built.get(key);
  if (cached) return cached;
  const raw = generateStory({
    events: count,
    quotes: 1,
    places: 3,
    seed,
    contextShare: 0,
    orderShare: 0.05,
  });
  const result = validateStory(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  built.set(key, result.value);
  return result.value;
}

/** Stories are immutable, so tests in one file share each generated story. */
const built = new Map<string, Story>();
