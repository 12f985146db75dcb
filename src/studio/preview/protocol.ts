import type { RawStory } from '../../data/schema';

/** The preview frame tells the Studio it is listening. */
export interface PreviewReady {
  readonly type: 'dayline-studio:ready';
}
/**
 * The Studio sends the story to show: the data its own check (`checkStory`) gave back, so the
 * preview builds the explorer's model at once instead of checking 10,000 rows a second time.
 */
export interface PreviewStory {
  readonly type: 'dayline-studio:story';
  readonly story: RawStory;
}
export const READY: PreviewReady = { type: 'dayline-studio:ready' };

export function isPreviewStory(data: unknown): data is PreviewStory {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'dayline-studio:story'
  );
}
export function isPreviewReady(data: unknown): data is PreviewReady {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'dayline-studio:ready'
  );
}
