import { useEffect } from 'react';
import { useStore } from '../state/hooks';
import type { Selection } from '../story/selection';
import { sameSelection } from '../story/selection';
import type { Story } from '../story/types';
import { eventReach, gutterOf } from './eventIndex';
import type { Motion } from './useTimelineZoom';
import type { Domain } from './zoomMath';

interface Options {
  story: Story;
  /** Pans just enough to show a range of time (stable). */
  reveal(range: Domain, motion: Motion): void;
  /** Lets the tab stop follow the selection (stable). */
  resetTabStop(): void;
}

/** The span of time the timeline should show for a selection: the event, or the related events. */
function rangeFor(selection: Selection | null, story: Story): Domain | null {
  if (!selection) return null;
  const events =
    selection.kind === 'event'
      ? [story.eventById.get(selection.id)]
      : [...story.relatedTo(selection)].map((key) =>
          key.startsWith('event:') ? story.eventById.get(key.slice(6)) : undefined,
        );
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    if (!event || gutterOf(event, story.dayExtent) !== null) continue;
    const [a, b] = eventReach(event);
    from = Math.min(from, a);
    to = Math.max(to, b);
  }
  return from <= to ? [from, to] : null;
}

/**
 * When the selection changes, from this view or another, the tab stop follows a selected event and the plot pans
 * (gliding, or jumping under reduced motion) so that the selected or related events are in view.
 * Reads the store in a listener rather than a render, so the timeline itself does not re-render.
 */
export function useSelectionInView({ story, reveal, resetTabStop }: Options) {
  const store = useStore();
  useEffect(
    function followSelection() {
      const bring = (selection: Selection | null, motion: Motion) => {
        const range = rangeFor(selection, story);
        if (range) reveal(range, motion);
      };
      bring(store.get().selection, 'instant');
      return store.subscribe((state, previous) => {
        if (sameSelection(state.selection, previous.selection)) return;
        // A newly selected event becomes the tab stop; clearing leaves the tab stop where it was.
        if (state.selection?.kind === 'event') resetTabStop();
        bring(state.selection, 'smooth');
      });
    },
    [store, story, reveal, resetTabStop],
  );
}
