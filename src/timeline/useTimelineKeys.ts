import { type KeyboardEvent, useCallback } from 'react';
import type { Story, StoryEvent } from '../story/types';
import { eventReach, gutterOf } from './eventIndex';
import type { TimelineZoom } from './useTimelineZoom';

/** What the keys act on. */
export interface TimelineKeysOptions {
  story: Story;
  zoom: Pick<TimelineZoom, 'zoomBy' | 'reset' | 'reveal'>;
  /** The event Tab lands on: zooming keeps it in place. */
  tabStopId: string | null;
  /** Makes the event the tab stop and focuses its item once rendered. */
  focusEvent(id: string): void;
  /** The day runs down the screen: Up and Down move too. */
  vertical?: boolean;
}

/** The timeline's keyboard, and the time zooming keeps in place. */
export interface TimelineKeys {
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  /** The tab stop's start when it is on the plot, for zooming around it. */
  zoomAnchor(): number | undefined;
}

/**
 * Left/Right (and Up/Down when the day runs down the screen) walk every event in time order (context and crowded ones too), panning to reveal
 * it; Home/End jump to the first and last; `+`/`-` zoom and `0` resets. Enter and Space belong
 * to the items themselves.
 */
export function useTimelineKeys({
  story,
  zoom,
  tabStopId,
  focusEvent,
  vertical = false,
}: TimelineKeysOptions): TimelineKeys {
  const onPlot = useCallback(
    (event: StoryEvent | undefined): event is StoryEvent =>
      !!event && gutterOf(event, story.dayExtent) === null,
    [story],
  );
  const zoomAnchor = useCallback(() => {
    const event = tabStopId ? story.eventById.get(tabStopId) : undefined;
    return onPlot(event) ? event.startMs : undefined;
  }, [story, tabStopId, onPlot]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const zoomKeys: Record<string, () => void> = {
        '+': () => zoom.zoomBy(2, zoomAnchor()),
        '=': () => zoom.zoomBy(2, zoomAnchor()),
        '-': () => zoom.zoomBy(0.5, zoomAnchor()),
        _: () => zoom.zoomBy(0.5, zoomAnchor()),
        '0': () => zoom.reset(),
      };
      const zoomKey = zoomKeys[e.key];
      if (zoomKey) {
        e.preventDefault();
        zoomKey();
        return;
      }
      const id = (e.target as Element).closest?.('[data-event-id]')?.getAttribute('data-event-id');
      const current = id ? story.eventById.get(id) : undefined;
      if (!current) return;
      const last = story.events.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: Math.min(last, current.order + 1),
        ArrowLeft: Math.max(0, current.order - 1),
        Home: 0,
        End: last,
      };
      if (vertical) {
        moves.ArrowDown = moves.ArrowRight!;
        moves.ArrowUp = moves.ArrowLeft!;
      }
      const next = story.events[moves[e.key] ?? -1];
      if (!next) return;
      e.preventDefault();
      focusEvent(next.id);
      if (onPlot(next)) zoom.reveal(eventReach(next), 'instant');
    },
    [story, zoom, zoomAnchor, focusEvent, onPlot, vertical],
  );
  return { onKeyDown, zoomAnchor };
}
