import { type Selection, sameSelection } from '../story/selection';
import type { Story } from '../story/types';

/** What {@link quoteToReveal} decides from. */
export interface RevealQuestion {
  readonly selection: Selection | null;
  readonly previous: Selection | null;
  /** The quote the reader has just picked in the list itself, if any. */
  readonly pickedInList: string | null;
  /** Where each listed quote sits in the list (the speaker filter's list, not the story's). */
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * Which row of the quote list to bring to the top for a new selection, or `null` to leave the
 * list where it is. An event or place: its first linked quote in the list. A quote selected
 * elsewhere (the details panel, the address, a tour stop): that quote. A quote the reader picked
 * in the list: nothing, so the list does not move under their pointer.
 */
export function quoteToReveal(story: Story, q: RevealQuestion): number | null {
  const sel = q.selection;
  if (!sel || sameSelection(sel, q.previous)) return null;
  if (sel.kind === 'quote') {
    if (sel.id === q.pickedInList) return null;
    return q.indexOf.get(sel.id) ?? null;
  }
  // Found from the selection's links, not by walking every quote: a story may have 10,000.
  let first: number | null = null;
  for (const key of story.relatedTo(sel)) {
    if (!key.startsWith('quote:')) continue;
    const i = q.indexOf.get(key.slice('quote:'.length));
    if (i !== undefined && (first === null || i < first)) first = i;
  }
  return first;
}

/**
 * The scroll position that puts `row` at the top of `scroller`, from their boxes as laid out;
 * never below 0. No margin: the row's own padding is the room above it, and a margin would show
 * the end of the quote before it, an unlinked one, first.
 */
export function scrollTopFor(scroller: Element, row: Element): number {
  const offset = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  return Math.max(0, scroller.scrollTop + offset);
}
