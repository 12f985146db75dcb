import { useRef } from 'react';
import { useT } from '../i18n/i18n';
import { parseT } from '../play/clock';
import { isoInZone } from '../play/isoInZone';
import { useClockPaint, usePlayClock } from '../play/usePlayClock';
import { useStore } from '../state/hooks';
import { formatClock } from '../time/zone';
import { MINUTE, sliderValue, usePlayheadHandlers, usePlayheadValue } from './playheadControl';
import type { VerticalDayLayout } from './verticalLayout';
import './playhead.css';

/** Props of {@link VerticalPlayhead}: the vertical day's geometry. */
export interface VerticalPlayheadProps {
  layout: VerticalDayLayout;
  em: number;
  zones: { primary: string; secondary: string | null };
}

/** The time in `range` at `y` on the day's stretched axis (which only grows downwards). */
export function timeAtY(
  layout: VerticalDayLayout,
  y: number,
  range: readonly [number, number],
): number {
  let [lo, hi] = range;
  for (let i = 0; i < 40 && hi - lo > 1000; i++) {
    const mid = (lo + hi) / 2;
    if (layout.timeY(mid) < y) lo = mid;
    else hi = mid;
  }
  return Math.round((lo + hi) / 2 / 1000) * 1000;
}

/**
 * The playhead of the day drawn down the screen: a line across the day at the playing time, its
 * clock time in both hour columns, shown once the day has a time (played, stepped, or `t=`).
 * Dragged up and down by its handle over the hour columns (which leaves the rows free to tap),
 * or moved with the arrow and page keys. Like the wide playhead it follows the play clock, not
 * React: playing moves it without re-rendering the day.
 */
export function VerticalPlayhead({ layout, em, zones }: VerticalPlayheadProps) {
  const store = useStore();
  const clock = usePlayClock();
  const tr = useT();
  const moverRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const primaryRef = useRef<HTMLSpanElement>(null);
  const secondaryRef = useRef<HTMLSpanElement>(null);
  const [from, to] = clock.model.range;

  useClockPaint((ms) => {
    const mover = moverRef.current;
    const head = headRef.current;
    if (!mover || !head) return;
    const at = ms ?? clock.startTime();
    const y = Math.min(layout.height, Math.max(0, layout.timeY(at)));
    const shift = `translate(0, ${y.toFixed(1)}px)`;
    if (mover.style.transform !== shift) mover.style.transform = shift;
    const iso = isoInZone(at, zones.primary);
    if (head.getAttribute('data-t') !== iso) head.setAttribute('data-t', iso);
    mover.classList.toggle('tl-vplayhead--unset', ms === null);
    write(primaryRef.current, formatClock(at, zones.primary));
    if (zones.secondary) write(secondaryRef.current, formatClock(at, zones.secondary));
  });
  usePlayheadValue(headRef, from, zones.primary);

  const handlers = usePlayheadHandlers(headRef, 'down', (e) => {
    const top = moverRef.current?.parentElement?.getBoundingClientRect().top ?? 0;
    return timeAtY(layout, e.clientY - top, clock.model.range);
  });

  // Over the hour columns and the span lanes, to just past the axis: the rows stay unstruck.
  const reach = layout.axisX + 0.8 * em;
  // Read, not subscribed to: usePlayheadValue keeps it up to date between renders.
  const value = sliderValue(parseT(store.get().t) ?? clock.startTime(), from, zones.primary);
  return (
    <div ref={moverRef} className="tl-vplayhead">
      <div className="tl-vplayhead__line" style={{ width: reach }} />
      <div className="tl-vplayhead__grip" style={{ left: layout.axisX }} />
      <div
        ref={headRef}
        className="tl-vplayhead__head"
        style={{ width: reach }}
        role="slider"
        tabIndex={0}
        aria-label={tr('timeline.playhead')}
        aria-orientation="vertical"
        aria-valuemin={0}
        aria-valuemax={Math.round((to - from) / MINUTE)}
        aria-valuenow={value.now}
        aria-valuetext={value.text}
        {...handlers}
      >
        <span ref={primaryRef} className="tl-vplayhead__time" aria-hidden="true" />
        {zones.secondary && (
          <span
            ref={secondaryRef}
            className="tl-vplayhead__time tl-vplayhead__time--second"
            style={{ left: layout.secondColumnX }}
            aria-hidden="true"
          />
        )}
      </div>
    </div>
  );
}

function write(el: HTMLElement | null, text: string) {
  if (el && el.textContent !== text) el.textContent = text;
}
