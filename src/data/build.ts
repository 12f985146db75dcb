import { buildStory, type Story } from '../story/model';
import type { Result } from './problems';
import type { RawStory } from './schema';

/** Builds the model from checked data; problems pass through. Never throws. */
export function toStory(checked: Result<RawStory>): Result<Story> {
  if (!checked.ok) return checked;
  try {
    return { ok: true, value: buildStory(checked.value) };
  } catch (error) {
    // A bug in our own model must still not blank the page.
    return {
      ok: false,
      problems: [{ path: '', message: `could not build the story (${String(error)})` }],
    };
  }
}
