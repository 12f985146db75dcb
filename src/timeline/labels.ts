import type { StoryEvent } from '../story/model';
import { certaintyOf } from './marks';

/** Longest label drawn beside a mark; the full title is in the tooltip and the accessible name. */
const MAX_LABEL_CHARS = 28;
/** Average advance of a character as a share of the font size, generous so labels never collide. */
const CHAR_WIDTH = 0.58;

const labels = new WeakMap<StoryEvent, string>();

/**
 * The text cut to at most `max` characters at a word boundary, with `…`; `null` when not even the
 * first word fits. Whole words keep the label a part of the item's accessible name (WCAG 2.5.3).
 */
export function shortenToWords(text: string, max: number): string | null {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.search(/\s\S*$/);
  if (space <= 0) return null;
  return `${cut.slice(0, space).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The label beside a mark: the title, shortened, with `≈` when the time is not exact. */
export function markLabel(event: StoryEvent): string {
  let label = labels.get(event);
  if (label === undefined) {
    const title = shortenToWords(event.title, MAX_LABEL_CHARS) ?? event.title;
    label = certaintyOf(event) === 'exact' ? title : `≈ ${title}`;
    labels.set(event, label);
  }
  return label;
}

/**
 * An estimate of the text's width in pixels. Measuring thousands of labels in the DOM would cost
 * layout passes; the estimate errs wide, which only costs some empty space.
 */
export function estimateTextWidth(text: string, fontPx: number): number {
  return text.length * fontPx * CHAR_WIDTH;
}
