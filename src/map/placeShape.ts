/** The marker shapes; a place's kind picks one, so meaning never rests on colour alone. */
export type PlaceShape = 'square' | 'circle' | 'capital' | 'triangle' | 'cross' | 'diamond';

const SHAPE_BY_WORD: readonly (readonly [RegExp, PlaceShape])[] = [
  [/cemetery|grave|memorial|monument/i, 'cross'],
  [/airfield|airport|airstrip|air ?field/i, 'triangle'],
  [/base|fort|barracks|military/i, 'square'],
  [/capital/i, 'capital'],
  [/city|town|village|settlement/i, 'circle'],
];

/** The shape for a place's free-text `kind`; `diamond` for any other kind or none. */
export function shapeOf(kind: string | undefined): PlaceShape {
  if (!kind) return 'diamond';
  return SHAPE_BY_WORD.find(([pattern]) => pattern.test(kind))?.[1] ?? 'diamond';
}

/** One legend row: a shape and the kinds of place it stands for in this story. */
export interface ShapeKey {
  readonly shape: PlaceShape;
  readonly kinds: readonly string[];
}

const SHAPE_ORDER: readonly PlaceShape[] = [
  'square',
  'circle',
  'capital',
  'triangle',
  'cross',
  'diamond',
];

/** The shapes a story's places use, in a fixed order, each with the kinds it covers. */
export function shapeKeys(kinds: readonly (string | undefined)[]): ShapeKey[] {
  const byShape = new Map<PlaceShape, Set<string>>();
  for (const kind of kinds) {
    const shape = shapeOf(kind);
    const set = byShape.get(shape) ?? new Set<string>();
    set.add(kind ?? 'other place');
    byShape.set(shape, set);
  }
  return SHAPE_ORDER.flatMap((shape) => {
    const set = byShape.get(shape);
    return set ? [{ shape, kinds: [...set] }] : [];
  });
}
