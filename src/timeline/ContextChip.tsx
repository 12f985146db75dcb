import { memo } from 'react';
import { useStory } from '../state/hooks';
import type { StoryEvent } from '../story/types';
import { chipDate } from './eventText';
import { type ItemHandlers, useEventItem, useEventName } from './itemHandlers';

/** Props of one context event in a gutter. */
export interface ContextChipProps {
  event: StoryEvent;
  /** The IANA zone dates and the accessible name are given in. */
  zone: string;
  /** The one item of the timeline that Tab lands on. */
  tabbable: boolean;
  /** The tooltip's id while this item's preview shows. */
  describedBy: string | undefined;
  handlers: ItemHandlers;
}

/** A context event outside the day (history, what came later) as a compact button with its date. */
function ContextChipView({ event, zone, tabbable, describedBy, handlers }: ContextChipProps) {
  const story = useStory();
  const name = useEventName(event, zone);
  const item = useEventItem(event.id, name, tabbable, describedBy, handlers);
  return (
    <button type="button" className="tl-chip" {...item}>
      <span className="tl-chip__title">{event.title}</span>
      <span className="tl-chip__date"> {chipDate(event, story, zone)}</span>
    </button>
  );
}

export const ContextChip = memo(ContextChipView);
