import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { useStory } from '../state/hooks';
import { eventTimeWithPrecision, placeNames } from './eventText';
import { findItem } from './findItem';

/** Props of the preview shown on hover and on keyboard focus. */
export interface EventTooltipProps {
  id: string;
  /** The event previewed, or `null` for none. */
  eventId: string | null;
  zone: string;
  /** The positioned box the tooltip is placed in; the previewed item is found inside it. */
  containerRef: RefObject<HTMLElement | null>;
  /** Changes whenever items may have moved (the visible window, the size), to re-place the tooltip. */
  revision: unknown;
}

interface Position {
  left: number;
  top: number;
  below: boolean;
}

/**
 * Title, time with its precision in the chosen zone, and place of the previewed event, next to its
 * item. HTML rendered by React; the item points at it with `aria-describedby`.
 */
export function EventTooltip({ id, eventId, zone, containerRef, revision }: EventTooltipProps) {
  const story = useStory();
  const event = eventId ? story.eventById.get(eventId) : undefined;
  const [position, setPosition] = useState<Position | null>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(
    function placeNextToItem() {
      void revision;
      const container = containerRef.current;
      const tooltip = tooltipRef.current;
      const item = eventId && container ? findItem(container, eventId) : null;
      if (!container || !item || !tooltip) {
        setPosition(null);
        return;
      }
      const box = container.getBoundingClientRect();
      const anchor = item.getBoundingClientRect();
      // The content is already in the DOM, so its size is known: keep it inside the container.
      const width = tooltip.offsetWidth;
      const height = tooltip.offsetHeight;
      const centre = anchor.left + anchor.width / 2 - box.left;
      const below = anchor.top - box.top < height + 8;
      const next: Position = {
        left: Math.max(4, Math.min(centre - width / 2, box.width - width - 4)),
        top: below ? anchor.bottom - box.top + 6 : anchor.top - box.top - height - 6,
        below,
      };
      setPosition((prev) =>
        prev && prev.left === next.left && prev.top === next.top && prev.below === next.below
          ? prev
          : next,
      );
    },
    [eventId, containerRef, revision],
  );

  if (!event) return null;
  const place = placeNames(event, story);
  return (
    <div
      ref={tooltipRef}
      role="tooltip"
      id={id}
      className={`tl-tooltip${position?.below ? ' tl-tooltip--below' : ''}`}
      style={position ? { left: position.left, top: position.top } : { visibility: 'hidden' }}
    >
      <strong className="tl-tooltip__title" lang={story.langOf('events', event.id, 'title')}>
        {event.title}
      </strong>
      <span className="tl-tooltip__time">{eventTimeWithPrecision(event, story, zone)}</span>
      {place && <span className="tl-tooltip__place">{place}</span>}
    </div>
  );
}
