/** The three kinds of item a reader can select. */
export type ItemKind = 'event' | 'place' | 'quote';
export const ITEM_KINDS: readonly ItemKind[] = ['event', 'place', 'quote'];

/** The one selection: an item, or nothing (`null`). */
export interface Selection {
  readonly kind: ItemKind;
  readonly id: string;
}

/** `event:talks` — the form used in URLs, tour stops and sets of related items. */
export type ItemKey = `${ItemKind}:${string}`;
export const itemKey = (kind: ItemKind, id: string): ItemKey => `${kind}:${id}`;

/** Parses `event:talks`; `undefined` when the kind is unknown or the id empty. */
export function parseItemKey(key: string): Selection | undefined {
  const colon = key.indexOf(':');
  if (colon < 1) return undefined;
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (!id || !(ITEM_KINDS as readonly string[]).includes(kind)) return undefined;
  return { kind: kind as ItemKind, id };
}

/** True for the same item (or both nothing), whether or not the objects are the same. */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}
