import { useEffect, useState } from 'react';
import { afterNextPaint } from '../render/afterNextPaint';
import { whenIdle } from '../render/whenIdle';

/** Rows drawn in one idle moment: a few ms of layout on a laptop, under 50 ms on a slow phone. */
const BATCH = 4;
/** Where a browser has no idle callbacks, the wait between batches. */
const NO_IDLE_WAIT_MS = 50;

/** [start, end) of the rows to draw now; empty when there is nothing to do. */
export type RowRange = readonly [number, number];
const NONE: RowRange = [0, 0];

/**
 * The rows of the quote list skip their layout while out of the list's view
 * (`content-visibility: auto`, quotes.css): neither the first paint nor a selection lays out all
 * of them. But a row that was never drawn has only a guessed height, so a glide to a quote far
 * down would land where the guesses put it. In idle moments after the list appears, this draws
 * the rows a few at a time, each for one frame, and the browser remembers their real heights
 * (`contain-intrinsic-size: auto`). A new list (a speaker filter) is walked again.
 */
export function useRowsDrawnOnce(rows: readonly unknown[]): RowRange {
  const [range, setRange] = useState<RowRange>(NONE);
  useEffect(
    function drawEachRowOnce() {
      const count = rows.length;
      let start = 0;
      let stopped = false;
      let cancelPaint = () => {};
      let cancelIdle = () => {};
      const next = () => {
        cancelIdle = whenIdle(step, { fallbackMs: NO_IDLE_WAIT_MS });
      };
      const step = () => {
        if (stopped) return;
        if (start >= count) {
          setRange(NONE);
          return;
        }
        const end = Math.min(start + BATCH, count);
        setRange([start, end]);
        start = end;
        // Drawn for one frame is enough for the browser to remember a row's height.
        cancelPaint = afterNextPaint(next);
      };
      next();
      return () => {
        stopped = true;
        cancelPaint();
        cancelIdle();
      };
    },
    [rows],
  );
  return range;
}
