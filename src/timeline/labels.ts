import type { StoryEvent } from '../story/model';
import type { Extent } from './lanes';
import { certaintyOf, type MarkGeometry } from './marks';
import type { TimelineMetrics } from './metrics';

/** Longest label drawn beside a mark; the full title is in the tooltip and the accessible name. */
const MAX_LABEL_CHARS = 42;
/** Average advance of a character as a share of the font size, generous so labels never collide. */
const CHAR_WIDTH = 0.55;

const labels = new WeakMap<StoryEvent, string>();

/**
 * The text cut to at most `max` characters at a word boundary, with `…`; `null` when not even the
 * first word fits. Whole words keep the label a part of the item's accessible name (WCAG 2.5.3).
 */
export function shortenToWords(text: string, max: number): string | null {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  // The cut may end just where a word ends; else it drops the word it split.
  const end = /\s/.test(text[cut.length] ?? '') ? cut.length : cut.search(/\s\S*$/);
  if (end <= 0) return null;
  return `${cut.slice(0, end).replace(/[\s,;:.–—-]+$/, '')}…`;
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

/** Where a mark's label goes, and the pixels mark and label cover together. */
export interface LabelPlace {
  readonly text: string;
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  readonly labelInside: boolean;
  /** `null` when the label fits nowhere in the plot. */
  readonly labelled: Extent | null;
}

/** Fewest characters worth showing of a label cut short at the plot's edge. */
const MIN_LABEL_CHARS = 6;

/**
 * On a span's bar when the bar can hold it; else right of the mark, or left of it near the plot's
 * right edge, or cut short with "…" where neither side has room for all of it.
 */
export function placeLabel(
  geometry: MarkGeometry,
  bare: Extent,
  text: string,
  plot: Extent,
  m: TimelineMetrics,
): LabelPlace {
  const width = estimateTextWidth(text, m.labelFont);
  const barLeft = Math.max(geometry.x, plot[0]);
  const barRight = Math.min(geometry.x2, plot[1]);
  if (geometry.shape === 'span' && barRight - barLeft >= width + 2 * m.labelGap) {
    return {
      text,
      labelX: barLeft + m.labelGap,
      labelAnchor: 'start',
      labelInside: true,
      labelled: bare,
    };
  }
  const right = bare[1] + m.labelGap;
  const left = bare[0] - m.labelGap;
  const base = { text, labelInside: false };
  if (right + width <= plot[1])
    return { ...base, labelX: right, labelAnchor: 'start', labelled: [bare[0], right + width] };
  if (left - width >= plot[0])
    return { ...base, labelX: left, labelAnchor: 'end', labelled: [left - width, bare[1]] };
  const chars = Math.floor((plot[1] - right) / estimateTextWidth('x', m.labelFont));
  const short = chars >= MIN_LABEL_CHARS ? shortenToWords(text, chars) : null;
  if (!short) return { ...base, labelX: right, labelAnchor: 'start', labelled: null };
  return {
    text: short,
    labelInside: false,
    labelX: right,
    labelAnchor: 'start',
    labelled: [bare[0], plot[1]],
  };
}
