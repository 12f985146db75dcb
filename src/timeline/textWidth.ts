/** The width in pixels of a text drawn in one font (a label's size, family and weight). */
export type TextMeasure = (text: string) => number;

/** Average advance of a character as a share of the font size: the estimate where nothing can measure. */
const CHAR_WIDTH = 0.55;

/** An estimate of the text's width in pixels, erring wide. Used only where no canvas exists (jsdom). */
export function estimateTextWidth(text: string, fontPx: number): number {
  return text.length * fontPx * CHAR_WIDTH;
}

let context: CanvasRenderingContext2D | null | undefined;

/** A 2D canvas context to measure with, or `null` where there is none (jsdom, a worker). */
function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = null;
  if (typeof document === 'undefined' || typeof navigator === 'undefined') return context;
  // jsdom has canvas elements without a context and says so on stderr: do not even ask it.
  if (/jsdom/i.test(navigator.userAgent)) return context;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

const measurers = new Map<string, TextMeasure>();

/**
 * Measures texts in a CSS font (`600 12px system-ui, sans-serif`) with canvas `measureText`, each
 * text once per font: labels are measured, not estimated, and relaying out costs look-ups only.
 * Without a canvas, the estimate stands in.
 */
export function textMeasurer(font: string, fontPx: number): TextMeasure {
  const key = `${font}|${fontPx}`;
  const known = measurers.get(key);
  if (known) return known;
  const widths = new Map<string, number>();
  const measure: TextMeasure = (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      const ctx = canvasContext();
      if (ctx) {
        ctx.font = font;
        width = ctx.measureText(text).width;
      } else {
        width = estimateTextWidth(text, fontPx);
      }
      widths.set(text, width);
    }
    return width;
  };
  measurers.set(key, measure);
  return measure;
}
