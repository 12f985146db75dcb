import { bounds, type LatLngTuple, type Map as LeafletMap } from 'leaflet';
import { type CSSProperties, type KeyboardEvent, memo, useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { useT } from '../i18n/i18n';
import { useItemState, useSelect, useStory } from '../state/hooks';
import type { ItemState, StoryPlace } from '../story/types';
import { prefersReducedMotion } from '../ui/media';
import { MarkerLeader } from './MarkerLeader';
import { useMarkerOffset } from './markerOffsets';
import { PlaceGlyph } from './PlaceGlyph';
import { PlacePreview } from './PlacePreview';
import { placeLabel } from './placeLabel';
import { shapeOf } from './placeShape';
import { isMoved, type Pixel } from './spreadMarkers';
import { usePortalMarker } from './usePortalMarker';

/** Props of {@link PlaceMarker}. */
export interface PlaceMarkerProps {
  place: StoryPlace;
  /** Where it sits on the cut map, [lat, shifted lon]. */
  point: LatLngTuple;
}

/** The selected marker is drawn above related ones, which are drawn above the rest. */
const RAISE: Record<ItemState, number> = { selected: 2000, related: 1000, idle: 0, unrelated: 0 };
/** A marker at its true point is drawn above moved neighbours, whose leaders pass beneath it. */
const SETTLED_RAISE = 500;

/**
 * One place on the map: a button (shape by kind, a preview on hover or focus; `MapLabels` writes
 * its name) that selects the place, moved aside with a leader line when neighbours would cover it (see
 * `useSpreadMarkers`). Only this marker re-renders when its state or its offset changes.
 */
export const PlaceMarker = memo(function PlaceMarker({ place, point }: PlaceMarkerProps) {
  const state = useItemState('place', place.id);
  const offset = useMarkerOffset(place.id);
  const element = usePortalMarker(point, RAISE[state] + (isMoved(offset) ? 0 : SETTLED_RAISE));
  if (!element) return null;
  return createPortal(
    <>
      <MarkerLeader offset={offset} state={state} />
      <PlaceButton place={place} point={point} state={state} offset={offset} />
    </>,
    element,
  );
});

interface PlaceButtonProps extends PlaceMarkerProps {
  state: ItemState;
  offset: Pixel;
}

function PlaceButton({ place, point, state, offset }: PlaceButtonProps) {
  const story = useStory();
  const t = useT();
  const select = useSelect();
  const map = useMap();
  const previewId = useId();
  const [open, setOpen] = useState(false);
  const events = story.eventsForPlace(place.id);
  const quoteCount = story.quotesForPlace(place.id).length;
  const context = useMemo(() => events.length > 0 && events.every((e) => e.context), [events]);

  function revealOnFocus() {
    setOpen(true);
    // Tabbing to a marker outside the view would otherwise leave it hidden.
    if (!isInView(map, point, offset)) map.panTo(point, { animate: !prefersReducedMotion() });
  }
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape') setOpen(false);
  }

  return (
    <div
      className="place-marker"
      data-shape={shapeOf(place.kind)}
      style={offsetStyle(offset)}
      onPointerEnter={() => setOpen(true)}
      onPointerLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className="place-marker__button"
        data-place-id={place.id}
        data-state={state}
        aria-label={placeLabel(place, events.length, quoteCount, t)}
        aria-current={state === 'selected' ? 'true' : undefined}
        aria-describedby={open ? previewId : undefined}
        onClick={() => select({ kind: 'place', id: place.id })}
        onFocus={revealOnFocus}
        onBlur={() => setOpen(false)}
        onKeyDown={closeOnEscape}
      >
        <PlaceGlyph shape={shapeOf(place.kind)} context={context} />
      </button>
      {open && (
        <PlacePreview id={previewId} place={place} events={events} quoteCount={quoteCount} />
      )}
    </div>
  );
}

/** Moves the marker's content (button, label, preview) by its offset; Leaflet keeps the point. */
function offsetStyle(offset: Pixel): CSSProperties | undefined {
  if (!isMoved(offset)) return undefined;
  return { transform: `translate(calc(-50% + ${offset.x}px), calc(-50% + ${offset.y}px))` };
}

/** Whether the marker's button, where it is drawn, is inside the map's view. */
function isInView(map: LeafletMap, point: LatLngTuple, offset: Pixel): boolean {
  const at = map.latLngToContainerPoint(point).add([offset.x, offset.y]);
  return bounds([0, 0], map.getSize()).contains(at);
}
