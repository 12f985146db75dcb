import { countryLabels } from 'virtual:dayline-basemap';
import type { LatLngTuple, Map as LeafletMap } from 'leaflet';
import { useContext, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { type Translate, useT } from '../i18n/i18n';
import { useLang } from '../i18n/lang';
import { afterNextPaint } from '../render/afterNextPaint';
import { useAppState, useStory } from '../state/hooks';
import type { Selection } from '../story/selection';
import type { ItemState, Story } from '../story/types';
import { countryMinZoom, countryName, SEA_NAMES, TOWN_NAMES } from './geoNames';
import {
  AROUND,
  firstFit,
  type LabelFrame,
  type LabelRequest,
  OVER,
  type PlacedLabel,
  type Rect,
  rectAt,
} from './labelLayout';
import { shiftLongitude } from './longitude';
import { MarkerOffsetsContext } from './markerOffsets';
import { shortNames } from './shortNames';
import { placesOf } from './targets';

/** Props of {@link MapLabels}. */
export interface MapLabelsProps {
  /** The meridian the map is cut at (see `chooseCut`). */
  cut: number;
  /** The places that have DOM markers, whose names are written. */
  shown: readonly string[];
  /** Each place's point on the cut map, by id. */
  points: ReadonlyMap<string, LatLngTuple>;
}

/** What a name is: a place of the story, a country, a sea, or a town for orientation. */
export type LabelKind = 'place' | 'country' | 'sea' | 'town';

interface LabelData {
  readonly kind: LabelKind;
  readonly text: string;
  readonly state?: ItemState;
  /** The name's language, when it is not the reader's (a story place's untranslated name). */
  readonly lang?: string;
  /** A town's dot, in container pixels. */
  readonly dot?: { readonly x: number; readonly y: number };
}

/** A placed name, in the label pane's (layer) pixels. */
interface ShownLabel {
  readonly key: string;
  readonly rect: Rect;
  readonly data: LabelData;
}

const PANE = 'labels';
/** Names keep this far from the map's edge. */
const MARGIN = 3;
/** A marker's glyph, as an obstacle for names (its 28 px target may sit under a name's edge). */
const MARKER_BOX = 20;
const TOWN_DOT = 6;
/** The selected place's name has a box around it: padding and border, in px. */
const SELECTED_PAD = { x: 14, y: 4 };
/**
 * The map's names: every story place with a marker, then country, sea and town names, placed
 * without overlapping in that order of priority (the selected place, related places, places of
 * the tour, other places). Laid out again when a move or zoom ends, when the markers spread
 * differently and when the selection changes; hidden while a zoom animates. Names are text for
 * the eye only: each marker carries its place's name as its accessible name.
 */
export function MapLabels({ cut, shown, points }: MapLabelsProps) {
  const map = useMap();
  const story = useStory();
  const selection = useAppState((s) => s.selection);
  const offsets = useContext(MarkerOffsetsContext);
  const pane = useLabelPane(map);
  const lang = useLang();
  const t = useT();
  const [labels, setLabels] = useState<readonly ShownLabel[]>([]);
  const [moving, setMoving] = useState(false);

  const places = useMemo(() => placeOrder(story, selection, shown), [story, selection, shown]);
  // Written again in the new language when the reader switches (the layout follows `geo`).
  const geo = useMemo(() => geoPoints(cut, lang, t), [cut, lang, t]);

  useEffect(
    function layOutNames() {
      // After the frame that shows what changed (a new selection in every view, a settled
      // move): placing the names measures the map, and the names follow a frame later.
      let cancel = () => {};
      const layout = () => {
        cancel();
        cancel = afterNextPaint(() => {
          if (pane)
            setLabels(layoutNames(map, pane, places, points, geo, (id) => offsets.offsetOf(id)));
          setMoving(false);
        });
      };
      const hide = () => setMoving(true);
      layout();
      map.on('moveend zoomend resize', layout);
      map.on('zoomstart', hide);
      const unsubscribe = offsets.subscribeAll(layout);
      return function stopLayingOutNames() {
        cancel();
        map.off('moveend zoomend resize', layout);
        map.off('zoomstart', hide);
        unsubscribe();
      };
    },
    [map, pane, places, points, geo, offsets],
  );

  if (!pane) return null;
  return createPortal(
    <div
      className="map-labels"
      aria-hidden="true"
      data-moving={moving || undefined}
      data-zoom={map.getZoom()}
    >
      {labels.map(({ key, rect, data }) => (
        <span key={key} className="map-label-group">
          {data.dot && (
            <span
              className="map-label__dot"
              style={{ left: data.dot.x - TOWN_DOT / 2, top: data.dot.y - TOWN_DOT / 2 }}
            />
          )}
          <span
            className={`map-label map-label--${data.kind}`}
            data-label-kind={data.kind}
            data-label-for={key}
            data-state={data.state}
            lang={data.lang}
            style={{ left: rect.x, top: rect.y, width: rect.w, height: rect.h }}
          >
            {data.text}
          </span>
        </span>
      ))}
    </div>,
    pane,
  );
}

/** The pane the names are drawn in: above routes and the basemap, below the markers. */
function useLabelPane(map: LeafletMap): HTMLElement | null {
  const [pane, setPane] = useState<HTMLElement | null>(null);
  useEffect(
    function createLabelPane() {
      setPane(map.getPane(PANE) ?? map.createPane(PANE));
      return function forgetLabelPane() {
        setPane(null);
      };
    },
    [map],
  );
  return pane;
}

interface PlaceEntry {
  readonly id: string;
  readonly name: string;
  readonly state: ItemState;
  /** `lang` of the name when it is not in the reader's language. */
  readonly lang?: string;
}

/** Story places with markers, by priority: selected, related, on the tour, the others. */
export function placeOrder(
  story: Story,
  selection: Selection | null,
  shown: readonly string[],
): PlaceEntry[] {
  const related = selection ? story.relatedTo(selection) : new Set<string>();
  const onTour = new Set(story.tour.flatMap((stop) => placesOf(story, stop.selection)));
  const stateOf = (id: string): ItemState => {
    if (!selection) return 'idle';
    if (selection.kind === 'place' && selection.id === id) return 'selected';
    return related.has(`place:${id}`) ? 'related' : 'unrelated';
  };
  const rank = (id: string, state: ItemState) =>
    state === 'selected' ? 0 : state === 'related' ? 1 : onTour.has(id) ? 2 : 3;
  return shown
    .flatMap((id, order) => {
      const place = story.placeById.get(id);
      if (!place) return [];
      const state = stateOf(id);
      const lang = story.langOf('places', id, 'name');
      return [{ id, name: place.name, state, lang, rank: rank(id, state), order }];
    })
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ id, name, state, lang }) => ({ id, name, state, lang }));
}

/** A country's, sea's or town's name and where it is written. */
export interface GeoPoint {
  readonly key: string;
  readonly kind: Exclude<LabelKind, 'place'>;
  readonly text: string;
  readonly point: LatLngTuple;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** Country, sea and town names on the cut map in `lang`, in the order they are placed. */
export function geoPoints(cut: number, lang: string, t: Translate): GeoPoint[] {
  const at = (lat: number, lon: number): LatLngTuple => [lat, shiftLongitude(lon, cut)];
  return [
    ...countryLabels.map((c, i) => ({
      key: `country:${c.name}:${i}`,
      kind: 'country' as const,
      text: countryName(c, lang, t),
      point: at(c.lat, c.lon),
      minZoom: countryMinZoom(c.km2),
      maxZoom: Number.POSITIVE_INFINITY,
    })),
    ...SEA_NAMES.map((s) => ({
      key: s.id,
      kind: 'sea' as const,
      text: t(s.id),
      point: at(s.lat, s.lon),
      minZoom: s.minZoom,
      maxZoom: s.maxZoom ?? Number.POSITIVE_INFINITY,
    })),
    ...TOWN_NAMES.map((town) => ({
      key: town.id,
      kind: 'town' as const,
      text: t(town.id),
      point: at(town.lat, town.lon),
      minZoom: town.minZoom,
      maxZoom: Number.POSITIVE_INFINITY,
    })),
  ];
}

/** Every name that fits the current view, in the label pane's pixels. */
function layoutNames(
  map: LeafletMap,
  pane: HTMLElement,
  places: readonly PlaceEntry[],
  points: ReadonlyMap<string, LatLngTuple>,
  geo: readonly GeoPoint[],
  offsetOf: (id: string) => { x: number; y: number },
): ShownLabel[] {
  const size = map.getSize();
  if (size.x <= 0 || size.y <= 0) return [];
  const zoom = map.getZoom();
  const measure = textMeasurer(pane);
  const inFrame = (x: number, y: number) => x >= 0 && y >= 0 && x <= size.x && y <= size.y;

  const obstacles: Rect[] = [...controlBoxes(map)];
  const shownGeo = geo.filter((name) => {
    if (zoom < name.minZoom || zoom > name.maxZoom) return false;
    const at = map.latLngToContainerPoint(name.point);
    return inFrame(at.x, at.y);
  });
  // Every name that may be drawn, measured after a single layout.
  measure.prepare([
    ...places.flatMap((place) =>
      [place.name, ...shortNames(place.name)].map((text) => [text, 'place'] as const),
    ),
    ...shownGeo.map((name) => [name.text, name.kind] as const),
  ]);
  const requests: LabelRequest<LabelData>[] = [];
  for (const place of places) {
    const point = points.get(place.id);
    if (!point) continue;
    const at = map.latLngToContainerPoint(point);
    const offset = offsetOf(place.id);
    const x = at.x + offset.x;
    const y = at.y + offset.y;
    if (!inFrame(x, y)) continue;
    obstacles.push({ x: x - MARKER_BOX / 2, y: y - MARKER_BOX / 2, w: MARKER_BOX, h: MARKER_BOX });
    const selected = place.state === 'selected';
    const h = measure(place.name, 'place')[1];
    requests.push({
      key: `place:${place.id}`,
      x,
      y,
      texts: shortNames(place.name).map((text) => ({
        text,
        w: measure(text, 'place')[0] + (selected ? SELECTED_PAD.x : 0),
      })),
      h: h + (selected ? SELECTED_PAD.y : 0),
      clearance: 13,
      positions: AROUND,
      data: { kind: 'place', text: place.name, state: place.state, lang: place.lang },
    });
  }
  for (const name of shownGeo) {
    const at = map.latLngToContainerPoint(name.point);
    const [w, h] = measure(name.text, name.kind);
    const town = name.kind === 'town';
    requests.push({
      key: name.key,
      x: at.x,
      y: at.y,
      texts: [{ text: name.text, w }],
      h,
      clearance: town ? 5 : 0,
      positions: town ? AROUND : OVER,
      data: { kind: name.kind, text: name.text, ...(town ? { dot: { x: at.x, y: at.y } } : {}) },
    });
  }
  // A town's dot is an obstacle too, but only once its name is placed: placed names go first.
  const placed = placeWithDots(requests, size.x, size.y, obstacles);
  const origin = map.containerPointToLayerPoint([0, 0]);
  return placed.map(({ key, rect, data, text }) => ({
    key,
    rect: { ...rect, x: rect.x + origin.x, y: rect.y + origin.y },
    data: {
      ...data,
      text,
      ...(data.dot ? { dot: { x: data.dot.x + origin.x, y: data.dot.y + origin.y } } : {}),
    },
  }));
}

/**
 * Places names in three passes. First every story place, in priority order, in its narrowest
 * form ("JBER"), so that as many places as possible are named; then each of those, in the same
 * order, in the fullest form that now fits; then countries, seas and towns, a town only where its
 * dot is clear too.
 */
function placeWithDots(
  requests: readonly LabelRequest<LabelData>[],
  width: number,
  height: number,
  obstacles: readonly Rect[],
): PlacedLabel<LabelData>[] {
  const frame = { width, height, margin: MARGIN };
  const placed: PlacedLabel<LabelData>[] = [];
  const taken: Rect[] = [...obstacles];
  const places = requests.filter((r) => r.data.kind === 'place');
  const narrow = (request: LabelRequest<LabelData>) => {
    const narrowest = [...request.texts].sort((a, b) => a.w - b.w)[0];
    return narrowest ? { ...request, texts: [narrowest] } : undefined;
  };
  for (const request of places) {
    const short = narrow(request);
    if (!short) continue;
    const found =
      firstFit(short, frame, taken) ?? makeRoom(short, frame, taken, placed, places, narrow);
    if (!found) continue;
    placed.push({ key: request.key, ...found, data: request.data });
    taken.push(found.rect);
  }
  for (const [i, label] of placed.entries()) {
    const request = places.find((r) => r.key === label.key);
    if (!request) continue;
    const others = taken.filter((r) => r !== label.rect);
    for (const option of request.texts) {
      if (option.text === label.text) break;
      const found = firstFit({ ...request, texts: [option] }, frame, others);
      if (!found) continue;
      taken[taken.indexOf(label.rect)] = found.rect;
      placed[i] = { key: label.key, ...found, data: label.data };
      break;
    }
  }
  for (const request of requests) {
    if (request.data.kind === 'place') continue;
    const dot = request.data.dot;
    const dotRect = dot
      ? { x: dot.x - TOWN_DOT / 2, y: dot.y - TOWN_DOT / 2, w: TOWN_DOT, h: TOWN_DOT }
      : undefined;
    if (dotRect && taken.some((r) => overlapsRect(r, dotRect))) continue;
    const found = firstFit(request, frame, taken);
    if (!found) continue;
    placed.push({ key: request.key, ...found, data: request.data });
    taken.push(found.rect);
    if (dotRect) taken.push(dotRect);
  }
  return placed;
}

/**
 * Room for a name that fits nowhere: a position where it covers exactly one name placed before,
 * and that name can move to another position of its own. Moves that name (in `taken` and
 * `placed`) and returns where the new one goes; leaves both as they were when there is none.
 */
function makeRoom(
  request: LabelRequest<LabelData>,
  frame: LabelFrame,
  taken: Rect[],
  placed: PlacedLabel<LabelData>[],
  requests: readonly LabelRequest<LabelData>[],
  narrow: (request: LabelRequest<LabelData>) => LabelRequest<LabelData> | undefined,
): ReturnType<typeof firstFit> {
  for (const position of request.positions) {
    const option = request.texts[0];
    if (!option) return undefined;
    const rect = rectAt(request, option.w, position);
    const blocking = taken.filter((r) => overlapsRect(r, rect));
    if (blocking.length !== 1) continue;
    const index = placed.findIndex((p) => p.rect === blocking[0]);
    const other = placed[index];
    const otherRequest = other && requests.find((r) => r.key === other.key);
    const movable = otherRequest && narrow(otherRequest);
    if (!other || !movable) continue;
    const rest = taken.filter((r) => r !== other.rect);
    if (rest.some((r) => overlapsRect(r, rect))) continue;
    const moved = firstFit(movable, frame, [...rest, rect]);
    if (!moved) continue;
    const inFrame = firstFit({ ...request, positions: [position] }, frame, rest);
    if (!inFrame) continue;
    taken[taken.indexOf(other.rect)] = moved.rect;
    placed[index] = { key: other.key, ...moved, data: other.data };
    return { text: option.text, rect, position };
  }
  return undefined;
}

function overlapsRect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The map's controls (zoom, attribution), which no name may hide under. */
function controlBoxes(map: LeafletMap): Rect[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll('.leaflet-control')].map((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left - origin.left, y: box.top - origin.top, w: box.width, h: box.height };
  });
}

/** Measures a name; `prepare` measures many at once, ahead of the look-ups. */
type Measurer = ((text: string, kind: LabelKind) => [number, number]) & {
  prepare(names: readonly (readonly [string, LabelKind])[]): void;
};

/** Widths already measured, by kind and text: each name is measured once per page. */
const widths = new Map<string, number>();
/** The height of a line of each kind of name. */
const heights = new Map<LabelKind, number>();
const widthKey = (text: string, kind: LabelKind) => `${kind}\u0000${text}`;

/**
 * Measures text exactly as map.css draws each kind of name, in hidden elements in the label
 * pane. `prepare` puts every name not seen before into the page at once and reads them all after
 * one layout (not a layout per name); every width is kept, so a name is measured once per page.
 */
function textMeasurer(pane: HTMLElement): Measurer {
  const prepare = (names: readonly (readonly [string, LabelKind])[]) => {
    const probes: [HTMLSpanElement, string, LabelKind][] = [];
    const holder = document.createElement('span');
    holder.setAttribute('aria-hidden', 'true');
    holder.style.visibility = 'hidden';
    holder.style.position = 'absolute';
    holder.style.left = '-10000px';
    for (const [text, kind] of names) {
      const key = widthKey(text, kind);
      if (
        (widths.has(key) && heights.has(kind)) ||
        probes.some(([, t, k]) => t === text && k === kind)
      )
        continue;
      const probe = document.createElement('span');
      probe.className = `map-label map-label--${kind}`;
      probe.textContent = text;
      holder.append(probe);
      probes.push([probe, text, kind]);
    }
    if (probes.length === 0) return;
    pane.append(holder);
    for (const [probe, text, kind] of probes) {
      const box = probe.getBoundingClientRect();
      widths.set(widthKey(text, kind), Math.ceil(box.width) + 1);
      heights.set(kind, Math.ceil(box.height));
    }
    holder.remove();
  };
  const measure = (text: string, kind: LabelKind): [number, number] => {
    if (!widths.has(widthKey(text, kind)) || !heights.has(kind)) prepare([[text, kind]]);
    return [widths.get(widthKey(text, kind)) ?? 0, heights.get(kind) ?? 0];
  };
  return Object.assign(measure, { prepare });
}
