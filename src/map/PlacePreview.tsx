import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import type { StoryEvent, StoryPlace } from '../story/model';

/** Props of {@link PlacePreview}. */
export interface PlacePreviewProps {
  /** Links the preview to its marker as the marker's description. */
  id: string;
  place: StoryPlace;
  /** The events that happened there, in time order. */
  events: readonly StoryEvent[];
  quoteCount: number;
}

/** Shown on hover or focus: the events there, at most this many by name. */
const LISTED_EVENTS = 4;

/** Where the preview opens: above or below its marker, moved sideways to stay in the map. */
interface Placement {
  readonly side: 'above' | 'below';
  readonly shift: number;
}
/** Space kept between the preview and the map's edge, in px. */
const EDGE = 4;

/**
 * The preview a marker shows on hover or focus: name, kind, and what happened there. It opens
 * above its marker, or below it when the map's top edge would cut it, and moves sideways to stay
 * inside the map (the map clips whatever leaves it).
 */
export function PlacePreview({ id, place, events, quoteCount }: PlacePreviewProps) {
  const listed = events.slice(0, LISTED_EVENTS);
  const more = events.length - listed.length;
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);

  useLayoutEffect(function placeInsideMap() {
    const element = ref.current;
    const frame = element?.closest('.leaflet-container');
    if (!element || !frame) return;
    setPlacement(fitInside(element.getBoundingClientRect(), frame.getBoundingClientRect()));
  }, []);

  const style = placement?.shift
    ? ({ '--preview-shift': `${placement.shift}px` } as CSSProperties)
    : undefined;
  return (
    <div id={id} ref={ref} className="place-preview" data-side={placement?.side} style={style}>
      <strong className="place-preview__name">{place.name}</strong>
      {place.kind && <span className="place-preview__kind">{place.kind}</span>}
      {listed.length > 0 ? (
        <ul className="place-preview__events">
          {listed.map((e) => (
            <li key={e.id}>{e.title}</li>
          ))}
          {more > 0 && <li className="place-preview__more">and {more} more</li>}
        </ul>
      ) : (
        <span className="place-preview__none">No events here.</span>
      )}
      {quoteCount > 0 && (
        <span className="place-preview__quotes">
          {quoteCount} {quoteCount === 1 ? 'quote' : 'quotes'}
        </span>
      )}
    </div>
  );
}

/**
 * Where a preview drawn at `box` (above its marker, centred) fits in `frame`: below when the top
 * would be cut and there is more room below, and shifted to keep both sides in.
 */
export function fitInside(box: DOMRect, frame: DOMRect): Placement {
  const markerGap = 6 + 28;
  const roomAbove = box.top - frame.top;
  const roomBelow = frame.bottom - (box.bottom + markerGap);
  // Below only when the top edge cuts it and it fits whole below.
  const side = roomAbove < EDGE && roomBelow >= box.height + EDGE ? 'below' : 'above';
  let shift = 0;
  if (box.left < frame.left + EDGE) shift = frame.left + EDGE - box.left;
  else if (box.right > frame.right - EDGE) shift = frame.right - EDGE - box.right;
  return { side, shift: Math.round(shift) };
}
