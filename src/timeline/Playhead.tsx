import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { useT } from '../i18n/i18n';
import { parseT } from '../play/clock';
import { isoInZone } from '../play/isoInZone';
import { useClockPaint, usePlayClock } from '../play/usePlayClock';
import { useAppState, useStore } from '../state/hooks';
import { formatClock, zoneAbbreviation } from '../time/zone';
import type { Extent } from './lanes';
import type { TimelineMetrics } from './metrics';
import type { Domain } from './zoomMath';
import './playhead.css';

/** Props of {@link Playhead}: the plot's geometry, as the timeline computed it. */
export interface PlayheadProps {
  width: number;
  metrics: TimelineMetrics;
  plot: Extent;
  domain: Domain;
  zones: { primary: string; secondary: string | null };
}

const MINUTE = 60_000;

/**
 * The playhead over the timeline: a line through the plot with its clock time in every zone row,
 * dragged to scrub; a press on the axis rows jumps there. It is moved every frame through the
 * play clock, not by React, so playing never re-renders the timeline.
 */
export function Playhead({ width, metrics: m, plot, domain, zones }: PlayheadProps) {
  const store = useStore();
  const clock = usePlayClock();
  const headRef = useRef<SVGGElement>(null);
  const primaryRef = useRef<SVGTextElement>(null);
  const secondaryRef = useRef<SVGTextElement>(null);
  const labelsRef = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // The accessible value follows the store, a few times a second at most.
  const tr = useT();
  const t = useAppState((s) => s.t);
  const shown = parseT(t) ?? clock.startTime();
  const [from, to] = clock.model.range;
  const span = domain[1] - domain[0];
  const plotWidth = Math.max(1, plot[1] - plot[0]);

  useClockPaint((ms) => {
    const head = headRef.current;
    if (!head) return;
    const at = ms ?? clock.startTime();
    const x = plot[0] + ((at - domain[0]) / span) * plotWidth;
    const clamped = Math.min(plot[1], Math.max(plot[0], x));
    head.setAttribute('transform', `translate(${clamped} 0)`);
    // The time labels stay inside the plot, clear of the zone names on the left.
    const half = 1.6 * m.em;
    const nudge = Math.max(plot[0] + half - clamped, Math.min(0, plot[1] - half - clamped));
    labelsRef.current?.setAttribute('transform', `translate(${nudge} 0)`);
    head.setAttribute('data-t', isoInZone(at, zones.primary));
    head.classList.toggle('tl-playhead__head--off', clamped !== x);
    head.classList.toggle('tl-playhead__head--unset', ms === null);
    if (primaryRef.current) primaryRef.current.textContent = formatClock(at, zones.primary);
    if (secondaryRef.current && zones.secondary)
      secondaryRef.current.textContent = formatClock(at, zones.secondary);
  });

  const timeAt = (clientX: number) => {
    const left = svgRef.current?.getBoundingClientRect().left ?? 0;
    return domain[0] + ((clientX - left - plot[0]) / plotWidth) * span;
  };
  const onPointerDown = (e: PointerEvent<SVGElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    if (store.get().playing) store.set({ playing: false });
    clock.seek(timeAt(e.clientX));
    headRef.current?.focus({ preventScroll: true });
  };
  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) clock.seek(timeAt(e.clientX));
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: -5 * MINUTE,
      ArrowRight: 5 * MINUTE,
      PageDown: -60 * MINUTE,
      PageUp: 60 * MINUTE,
    };
    const now = clock.now() ?? clock.startTime();
    const move = moves[e.key];
    const target =
      e.key === 'Home' ? from : e.key === 'End' ? to : move !== undefined ? now + move : null;
    if (target === null) return;
    e.preventDefault();
    e.stopPropagation();
    clock.seek(target);
  };

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
  const valueText = `${formatClock(shown, zones.primary)} ${zoneAbbreviation(zones.primary, shown)}`;
  const ariaNow = Math.round((shown - from) / MINUTE);

  return (
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
      <g
        ref={headRef}
        className="tl-playhead__head"
        role="slider"
        tabIndex={0}
        aria-label={tr('timeline.playhead')}
        aria-valuemin={0}
        aria-valuemax={Math.round((to - from) / MINUTE)}
        aria-valuenow={ariaNow}
        aria-valuetext={valueText}
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
    </svg>
  );
}
