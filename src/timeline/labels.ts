import { bisectRight } from 'd3-array';
import type { StoryEvent } from '../story/types';
import type { Extent } from './lanes';
import { certaintyOf, type MarkGeometry } from './marks';
import type { TimelineMetrics } from './metrics';
import type { TextMeasure } from './textWidth';

export { estimateTextWidth } from './textWidth';

const labels = new WeakMap<StoryEvent, string>();
/** Punctuation and spaces that should not end a shortened label before its `…`. */
const TRAILING = /[\s,;:.–—-]+$/;

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
  return `${cut.slice(0, end).replace(TRAILING, '')}…`;
}

/** A text's forms cut after each word, shortest first, with their widths in one font. */
interface Cuts {
  readonly texts: readonly string[];
  readonly widths: readonly number[];
}

const cutsByMeasure = new WeakMap<TextMeasure, Map<string, Cuts>>();

/** The text's cuts, measured once per text and font: placing labels again only looks them up. */
function cutsOf(text: string, measure: TextMeasure): Cuts {
  let known = cutsByMeasure.get(measure);
  if (!known) {
    known = new Map();
    cutsByMeasure.set(measure, known);
  }
  let cuts = known.get(text);
  if (!cuts) {
    const texts: string[] = [];
    const start = text.startsWith('≈ ') ? 2 : 0;
    for (let end = text.indexOf(' ', start); end > 0; end = text.indexOf(' ', end + 1)) {
      const head = text.slice(0, end).replace(TRAILING, '');
      if (head.length > start) texts.push(`${head}…`);
    }
    texts.push(text);
    cuts = { texts, widths: texts.map(measure) };
    known.set(text, cuts);
  }
  return cuts;
}

/** The widths of the shortest label worth drawing (first word and `…`) and of the whole text. */
export function labelWidths(text: string, measure: TextMeasure): { least: number; whole: number } {
  const { widths } = cutsOf(text, measure);
  return { least: widths[0]!, whole: widths.at(-1)! };
}

/**
 * The longest form of the text that is at most `maxPx` wide as measured: whole, or cut after a
 * whole word with `…`; `null` when not even the first word (after a leading `≈`) fits.
 */
export function shortenToWidth(text: string, maxPx: number, measure: TextMeasure): string | null {
  const { texts, widths } = cutsOf(text, measure);
  // Widths grow with each word, so the longest cut that fits is found by bisection.
  const fitting = bisectRight(widths, maxPx);
  return fitting > 0 ? texts[fitting - 1]! : null;
}

/** The label of a mark: the whole title, with `≈` when the time is not exact. */
export function markLabel(event: StoryEvent): string {
  let label = labels.get(event);
  if (label === undefined) {
    label = certaintyOf(event) === 'exact' ? event.title : `≈ ${event.title}`;
    labels.set(event, label);
  }
  return label;
}

/** Where a mark's label goes, and the pixels mark and label cover together. */
export interface LabelPlace {
  readonly text: string;
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  readonly labelInside: boolean;
  /** `null` when the label fits nowhere in the plot. */
  readonly labelled: Extent | null;
  /** Where the shortest label worth drawing would end (the mark's end for labels on or left of it). */
  readonly least: number;
}

/** The part of a span's bar inside the plot that can hold a label of this width, or `null`. */
export function insideSlot(
  geometry: MarkGeometry,
  width: number,
  plot: Extent,
  m: TimelineMetrics,
): Extent | null {
  if (geometry.shape !== 'span') return null;
  const left = Math.max(geometry.x, plot[0]);
  const right = Math.min(geometry.x2, plot[1]);
  if (right - left < width + 2 * m.labelGap) return null;
  return [left + m.labelGap, left + m.labelGap + width];
}

/**
 * Where the whole label would like to go: on a span's bar when the bar can hold it; else right of
 * the mark, or left of it near the plot's right edge. The lanes are packed to give labels this
 * room; where they cannot, `labelLanes` shortens them to the room there is.
 */
export function placeLabel(
  geometry: MarkGeometry,
  bare: Extent,
  text: string,
  plot: Extent,
  m: TimelineMetrics,
): LabelPlace {
  const { least: leastWidth, whole: width } = labelWidths(text, m.measureLabel);
  const inside = insideSlot(geometry, width, plot, m);
  if (inside) {
    return {
      text,
      labelX: inside[0],
      labelAnchor: 'start',
      labelInside: true,
      labelled: bare,
      least: bare[1],
    };
  }
  const right = bare[1] + m.labelGap;
  const left = bare[0] - m.labelGap;
  const base = { text, labelInside: false };
  if (right + width <= plot[1] || left - width < plot[0]) {
    const least = right + leastWidth;
    return {
      ...base,
      labelX: right,
      labelAnchor: 'start',
      labelled: [bare[0], right + width],
      least,
    };
  }
  return {
    ...base,
    labelX: left,
    labelAnchor: 'end',
    labelled: [left - width, bare[1]],
    least: bare[1],
  };
}
