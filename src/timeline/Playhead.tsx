import { memo, type RefObject, useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n';
import { type Motion, parseT } from '../play/clock';
import { isoInZone } from '../play/isoInZone';
import { rateOf } from '../play/usePlayback';
import { useClockPaint, usePlayClock } from '../play/usePlayClock';
import { useStore } from '../state/hooks';
import { formatClock } from '../time/zone';
import { prefersReducedMotion } from '../ui/media';
import type { Extent } from './lanes';
import type { TimelineMetrics } from './metrics';
import { MINUTE, sliderValue, usePlayheadHandlers, usePlayheadValue } from './playheadControl';
import { coveredLabels, sweptRight } from './playheadCover';
import type { Domain } from './zoomMath';
import './playhead.css';

/** Props of {@link Playhead}: the plot's geometry, as the timeline computed it. */
export interface PlayheadProps {
  width: number;
  metrics: TimelineMetrics;
  plot: Extent;
  domain: Domain;
  zones: { primary: string; secondary: string | null };
  /** The timeline's drawing, whose axis tick labels step aside where the playhead's time covers them. */
  axisRef: RefObject<SVGSVGElement | null>;
}

/** While playing, the time labels and value are rewritten at most this often (the line glides). */
export const LABEL_INTERVAL_MS = 200;
/** The width of the playhead's own layer, in em: its labels, even when nudged inside the plot. */
const HEAD_EM = 7;

/**
 * The playhead over the timeline: a line through the plot with its clock time in every zone row,
 * dragged to scrub; a press on the axis rows jumps there. It follows the play clock, not React,
 * so playing never re-renders the timeline. It sits in a layer of its own, moved by a transform:
 * while the day plays at an even pace that transform is a compositor animation on the page's
 * clock, so the line glides without work on the main thread and nothing under it is repainted.
 */
function PlayheadView({ width, metrics: m, plot, domain, zones, axisRef }: PlayheadProps) {
  const store = useStore();
  const clock = usePlayClock();
  const moverRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<SVGGElement>(null);
  const written = useRef({
    primary: '',
    secondary: '',
    nudge: Number.NaN,
    off: false,
    unset: false,
  });
  const lastPaint = useRef(Number.NEGATIVE_INFINITY);
  const paintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(paintTimer.current), []);
  const primaryRef = useRef<SVGTextElement>(null);
  const secondaryRef = useRef<SVGTextElement>(null);
  const labelsRef = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const tr = useT();
  const [from, to] = clock.model.range;
  const span = domain[1] - domain[0];
  const plotWidth = Math.max(1, plot[1] - plot[0]);

  useClockPaint((ms) => {
    // The line moves every frame (unless the compositor glides it, below); while playing, its
    // words and data-t are written a few times a second, standing still at once.
    const mover = moverRef.current;
    if (mover && !clock.motion()) {
      const x = xOf(ms ?? clock.startTime());
      const shift = `translate(${x.toFixed(1)}px, 0)`;
      if (mover.style.transform !== shift) mover.style.transform = shift;
    }
    clearTimeout(paintTimer.current);
    const wait = lastPaint.current + LABEL_INTERVAL_MS - performance.now();
    if (store.get().playing && wait > 0) paintTimer.current = setTimeout(() => place(ms), wait);
    else place(ms);
  });

  usePlayheadValue(headRef, from, zones.primary);

  function xOf(ms: number) {
    return Math.min(plot[1], Math.max(plot[0], plot[0] + ((ms - domain[0]) / span) * plotWidth));
  }

  function place(ms: number | null) {
    const head = headRef.current;
    if (!head) return;
    lastPaint.current = performance.now();
    const at = ms ?? clock.startTime();
    const x = plot[0] + ((at - domain[0]) / span) * plotWidth;
    const clamped = Math.min(plot[1], Math.max(plot[0], x));
    // The time labels stay inside the plot, clear of the zone names on the left.
    const half = 1.6 * m.em;
    const nudge = Math.max(plot[0] + half - clamped, Math.min(0, plot[1] - half - clamped));
    // Only what changed is written.
    const shown = written.current;
    if (nudge !== shown.nudge) {
      labelsRef.current?.setAttribute('transform', `translate(${nudge} 0)`);
      shown.nudge = nudge;
    }
    const iso = isoInZone(at, zones.primary);
    if (head.getAttribute('data-t') !== iso) head.setAttribute('data-t', iso);
    if ((clamped !== x) !== shown.off) {
      head.classList.toggle('tl-playhead__head--off', clamped !== x);
      shown.off = clamped !== x;
    }
    if ((ms === null) !== shown.unset) {
      head.classList.toggle('tl-playhead__head--unset', ms === null);
      shown.unset = ms === null;
    }
    const primary = formatClock(at, zones.primary);
    const secondary = zones.secondary ? formatClock(at, zones.secondary) : '';
    if (primaryRef.current && primary !== shown.primary) {
      primaryRef.current.textContent = primary;
      shown.primary = primary;
    }
    if (secondaryRef.current && secondary !== shown.secondary) {
      secondaryRef.current.textContent = secondary;
      shown.secondary = secondary;
    }
    stepAside();
  }

  /**
   * Hides the axis tick labels the playhead's time labels cover (or will, before the next look
   * while playing), from the boxes the browser laid out; shows the others again.
   */
  function stepAside() {
    const heads = labelsRef.current?.querySelectorAll(
      '.tl-playhead__label-box, .tl-playhead__label',
    );
    const ticks = axisRef.current?.querySelectorAll<SVGTextElement>('.tl-axis__label');
    if (!heads || !ticks) return;
    // While playing, the line moves on between two looks (LABEL_INTERVAL_MS, and a timer's lag);
    // with reduced motion it jumps from event to event and is looked at after each jump.
    const { playing, speed } = store.get();
    const gliding = playing && !prefersReducedMotion();
    const ahead = gliding ? ((rateOf(speed) * LABEL_INTERVAL_MS * 1.5) / span) * plotWidth : 0;
    const boxes = [...heads].map((el) => sweptRight(el.getBoundingClientRect(), ahead));
    const covered = coveredLabels(
      boxes,
      [...ticks].map((el) => el.getBoundingClientRect()),
    );
    ticks.forEach((el, i) => {
      if (covered[i] === el.hasAttribute('data-covered')) return;
      el.toggleAttribute('data-covered', covered[i]);
    });
  }

  useEffect(
    function glideWhilePlaying() {
      const mover = moverRef.current;
      if (!mover || typeof mover.animate !== 'function') return;
      let glide: Animation | null = null;
      const xAt = (ms: number) =>
        Math.min(plot[1], Math.max(plot[0], plot[0] + ((ms - domain[0]) / span) * plotWidth));
      const follow = (motion: Motion | null) => {
        glide?.cancel();
        glide = null;
        const now = clock.now();
        if (!motion) {
          if (now !== null) mover.style.transform = `translate(${xAt(now)}px, 0)`;
          return;
        }
        // Keyframes where the line starts and stops moving: the plot's edges and the day's end.
        const times = [motion.from, domain[0], domain[1], motion.until]
          .filter((ms) => ms >= motion.from && ms <= motion.until)
          .sort((a, b) => a - b);
        const duration = (motion.until - motion.from) / motion.rate;
        if (!(duration > 0)) return;
        glide = mover.animate(
          times.map((ms) => ({
            transform: `translate(${xAt(ms)}px, 0)`,
            offset: (ms - motion.from) / (motion.until - motion.from),
          })),
          { duration, easing: 'linear', fill: 'forwards' },
        );
        // On the page's clock, as the playing clock is: the two never drift apart.
        glide.startTime = motion.at;
      };
      follow(clock.motion());
      const stop = clock.subscribeMotion(follow);
      return () => {
        stop();
        glide?.cancel();
      };
    },
    [clock, plot, domain, span, plotWidth],
  );

  const { onPointerDown, onPointerMove, onKeyDown } = usePlayheadHandlers(
    headRef,
    'across',
    (e) => {
      const left = svgRef.current?.getBoundingClientRect().left ?? 0;
      return domain[0] + ((e.clientX - left - plot[0]) / plotWidth) * span;
    },
  );

  const labelY = (row: number) => row + 1.05 * m.em;
  const labelBox = (row: number) => (
    <rect
      className="tl-playhead__label-box"
      x={-1.6 * m.em}
      y={row + 0.2 * m.em}
      width={3.2 * m.em}
      height={1.1 * m.em}
      rx={0.25 * m.em}
    />
  );

  const headWidth = HEAD_EM * m.em;
  // Read, not subscribed to: followValue keeps it up to date between renders.
  const value = sliderValue(parseT(store.get().t) ?? clock.startTime(), from, zones.primary);
  return (
    <>
      <svg
        ref={svgRef}
        className="tl-playhead"
        width={width}
        height={m.height}
        onPointerMove={onPointerMove}
      >
        <rect
          className="tl-playhead__strip"
          x={plot[0]}
          y={m.axisY - 0.2 * m.em}
          width={plotWidth}
          height={m.height - m.axisY + 0.2 * m.em}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
        />
      </svg>
      {/* Its own layer, at x = 0 of the plot's box and moved by its transform. */}
      <div
        ref={moverRef}
        className="tl-playhead__mover"
        style={{ left: -headWidth / 2, width: headWidth, height: m.height }}
      >
        <svg width={headWidth} height={m.height}>
          <g transform={`translate(${headWidth / 2} 0)`}>
            <g
              ref={headRef}
              className="tl-playhead__head"
              role="slider"
              tabIndex={0}
              aria-label={tr('timeline.playhead')}
              aria-valuemin={0}
              aria-valuemax={Math.round((to - from) / MINUTE)}
              aria-valuenow={value.now}
              aria-valuetext={value.text}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onKeyDown={onKeyDown}
            >
              <line className="tl-playhead__hit" y1={0} y2={m.height} />
              <line className="tl-playhead__line" y1={0} y2={m.height} />
              <path
                className="tl-playhead__grip"
                d={`M${-0.45 * m.em},0 h${0.9 * m.em} v${0.45 * m.em} l${-0.45 * m.em},${0.4 * m.em} l${-0.45 * m.em},${-0.4 * m.em}z`}
              />
              <g ref={labelsRef}>
                {labelBox(m.axisY)}
                <text
                  ref={primaryRef}
                  className="tl-playhead__label"
                  y={labelY(m.axisY)}
                  fontSize={m.tickFont}
                  textAnchor="middle"
                />
                {zones.secondary && m.secondAxisY !== null && (
                  <>
                    {labelBox(m.secondAxisY)}
                    <text
                      ref={secondaryRef}
                      className="tl-playhead__label"
                      y={labelY(m.secondAxisY)}
                      fontSize={m.tickFont}
                      textAnchor="middle"
                    />
                  </>
                )}
              </g>
            </g>
          </g>
        </svg>
      </div>
    </>
  );
}

/**
 * Memoised: a selection re-renders the timeline but moves nothing the playhead stands on, so it
 * neither re-renders nor looks again at the axis labels (a forced layout) on every click.
 */
export const Playhead = memo(PlayheadView);
