import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useStory } from '../state/hooks';
import type { StoryEvent, StoryPlace } from '../story/types';

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
  readonly side: 'above' | 'below' | 'right' | 'left';
  /** Sideways above or below; up or down beside. */
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
  const t = useT();
  const story = useStory();
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
      <strong className="place-preview__name" lang={story.langOf('places', place.id, 'name')}>
        {place.name}
      </strong>
      {place.kindText && (
        <span className="place-preview__kind" lang={story.langOf('places', place.id, 'kind')}>
          {place.kindText}
        </span>
      )}
      {listed.length > 0 ? (
        <ul className="place-preview__events">
          {listed.map((e) => (
            <li key={e.id}>{e.title}</li>
          ))}
          {more > 0 && <li className="place-preview__more">{t('preview.more', { n: more })}</li>}
        </ul>
      ) : (
        <span className="place-preview__none">{t('preview.none')}</span>
      )}
      {quoteCount > 0 && (
        <span className="place-preview__quotes">{t('count.quotes', { n: quoteCount })}</span>
      )}
    </div>
  );
}

/**
 * Where a preview drawn at `box` (above its 28 px marker, centred) fits in `frame`: above; else
 * below; else beside the marker, on the side with room, moved up or down to stay inside; above
 * and below, moved sideways to keep both sides in.
 */
export function fitInside(box: DOMRect, frame: DOMRect): Placement {
  const gap = 6;
  const marker = 28;
  const cx = (box.left + box.right) / 2;
  const markerTop = box.bottom + gap;
  const cy = markerTop + marker / 2;
  const clampShift = (start: number, size: number, low: number, high: number) => {
    if (start < low + EDGE) return low + EDGE - start;
    if (start + size > high - EDGE) return Math.max(low + EDGE - start, high - EDGE - start - size);
    return 0;
  };
  const fitsAbove = box.top >= frame.top + EDGE;
  const fitsBelow = markerTop + marker + gap + box.height <= frame.bottom - EDGE;
  if (fitsAbove || fitsBelow) {
    const shift = clampShift(box.left, box.width, frame.left, frame.right);
    return { side: fitsAbove ? 'above' : 'below', shift: Math.round(shift) };
  }
  const roomRight = frame.right - (cx + marker / 2 + gap);
  const roomLeft = cx - marker / 2 - gap - frame.left;
  const side = roomRight >= box.width + EDGE || roomRight >= roomLeft ? 'right' : 'left';
  const shift = clampShift(cy - box.height / 2, box.height, frame.top, frame.bottom);
  return { side, shift: Math.round(shift) };
}
