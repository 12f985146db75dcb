/**
 * Where the map's names go: a greedy placement in priority order. Each name tries its positions
 * around its point in turn and takes the first that stays inside the map and clear of every name
 * already placed and of every obstacle (markers, controls); a name with no such position is left
 * out rather than drawn over another. Pure, in container pixels, so it is tested without a map.
 */

/** A box in pixels: left, top, width, height. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Where a name sits relative to its point. */
export type LabelPosition =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left'
  | 'center';

/** Around a marker or a dot: beside it first, then above or below, then at its corners. */
export const AROUND: readonly LabelPosition[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];
/** Over an area (a country, a sea): on its point, or a little above or below it. */
export const OVER: readonly LabelPosition[] = ['center'];

/** A name to place. */
export interface LabelRequest<T = unknown> {
  readonly key: string;
  /** Its point, in container pixels. */
  readonly x: number;
  readonly y: number;
  /**
   * The texts to try, longest first, each with its width in pixels: a name that does not fit
   * whole is written shorter ("JBER", "White House", "Fort Richardson…") before it is left out.
   */
  readonly texts: readonly { readonly text: string; readonly w: number }[];
  /** The text's height in pixels. */
  readonly h: number;
  /** How far from the point the text keeps (the marker's radius and a gap). */
  readonly clearance: number;
  readonly positions: readonly LabelPosition[];
  /** Anything the caller needs back with the placed name. */
  readonly data: T;
}

/** A name that found room. */
export interface PlacedLabel<T = unknown> {
  readonly key: string;
  /** The text that fitted. */
  readonly text: string;
  readonly rect: Rect;
  readonly position: LabelPosition;
  readonly data: T;
}

/** The map's size and the margin names keep from its edge. */
export interface LabelFrame {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/** The box of a name `w` pixels wide at one position. */
export function rectAt(
  request: Pick<LabelRequest, 'x' | 'y' | 'h' | 'clearance'>,
  w: number,
  position: LabelPosition,
): Rect {
  const { x, y, h, clearance: d } = request;
  const diagonal = d * 0.7;
  switch (position) {
    case 'right':
      return { x: x + d, y: y - h / 2, w, h };
    case 'left':
      return { x: x - d - w, y: y - h / 2, w, h };
    case 'above':
      return { x: x - w / 2, y: y - d - h, w, h };
    case 'below':
      return { x: x - w / 2, y: y + d, w, h };
    case 'above-right':
      return { x: x + diagonal, y: y - diagonal - h, w, h };
    case 'below-right':
      return { x: x + diagonal, y: y + diagonal, w, h };
    case 'above-left':
      return { x: x - diagonal - w, y: y - diagonal - h, w, h };
    case 'below-left':
      return { x: x - diagonal - w, y: y + diagonal, w, h };
    case 'center':
      return { x: x - w / 2, y: y - h / 2, w, h };
  }
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function insideFrame(rect: Rect, { width, height, margin }: LabelFrame): boolean {
  return (
    rect.x >= margin &&
    rect.y >= margin &&
    rect.x + rect.w <= width - margin &&
    rect.y + rect.h <= height - margin
  );
}

/**
 * Places `requests` (highest priority first). `obstacles` are boxes no name may cover; a request's
 * own point may be one of them, as its positions keep clear of it.
 */
export function placeLabels<T>(
  requests: readonly LabelRequest<T>[],
  frame: LabelFrame,
  obstacles: readonly Rect[],
): PlacedLabel<T>[] {
  const placed: PlacedLabel<T>[] = [];
  const taken: Rect[] = [...obstacles];
  for (const request of requests) {
    const found = firstFit(request, frame, taken);
    if (!found) continue;
    placed.push({ key: request.key, ...found, data: request.data });
    taken.push(found.rect);
  }
  return placed;
}

/** The first text, at the first position, that fits the frame and covers nothing taken. */
export function firstFit(
  request: LabelRequest<unknown>,
  frame: LabelFrame,
  taken: readonly Rect[],
): { text: string; rect: Rect; position: LabelPosition } | undefined {
  for (const { text, w } of request.texts) {
    for (const position of request.positions) {
      const rect = rectAt(request, w, position);
      if (!insideFrame(rect, frame)) continue;
      if (taken.some((other) => overlaps(rect, other))) continue;
      return { text, rect, position };
    }
  }
  return undefined;
}
