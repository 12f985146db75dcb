import { memo } from 'react';
import { type ItemHandlers, useEventItem, useEventName } from './itemHandlers';
import type { PlacedMark } from './layout';
import type { TimelineMetrics } from './metrics';

/** Props of one event's mark on the plot. */
export interface EventMarkProps {
  /** Where and how the mark is drawn (from `layoutTimeline`). */
  mark: PlacedMark;
  metrics: TimelineMetrics;
  /** The IANA zone the accessible name gives times in. */
  zone: string;
  /** The one item of the timeline that Tab lands on. */
  tabbable: boolean;
  /** The tooltip's id while this item's preview shows. */
  describedBy: string | undefined;
  handlers: ItemHandlers;
}

/** An event as a dot (instant) or bar (span), with its whisker and state ring; its label is drawn by `MarkLabels`. */
function EventMarkView({
  mark,
  metrics: m,
  zone,
  tabbable,
  describedBy,
  handlers,
}: EventMarkProps) {
  const { event, geometry: g } = mark;
  const name = useEventName(event, zone);
  const item = useEventItem(event.id, name, tabbable, describedBy, handlers);

  const r = m.markRadius;
  const half = m.laneHeight / 2;
  const ring = 0.28 * m.em;
  const barTop = -m.barHeight / 2;
  const barWidth = Math.max(2, g.x2 - g.x);
  const classes = `tl-mark tl-mark--${g.shape} tl-mark--${g.certainty}${event.context ? ' tl-mark--context' : ''}`;

  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the group is the control.
    <g className={classes} transform={`translate(0 ${mark.y})`} role="button" {...item}>
      <rect
        className="tl-mark__hit"
        x={mark.extent[0] - 2}
        y={-half}
        width={mark.extent[1] - mark.extent[0] + 4}
        height={m.laneHeight}
      />
      <rect
        className="tl-mark__focus"
        x={mark.extent[0] - 3}
        y={-half + 1}
        width={mark.extent[1] - mark.extent[0] + 6}
        height={m.laneHeight - 2}
        rx={3}
      />
      {g.whisker && (
        <g className="tl-mark__whisker">
          <line x1={g.whisker[0]} x2={g.whisker[1]} y1={0} y2={0} />
          <line x1={g.whisker[0]} x2={g.whisker[0]} y1={-r} y2={r} />
          <line x1={g.whisker[1]} x2={g.whisker[1]} y1={-r} y2={r} />
        </g>
      )}
      {g.shape === 'instant' ? (
        <>
          <circle className="tl-mark__ring" cx={g.x} cy={0} r={r + ring} />
          <circle className="tl-mark__shape" cx={g.x} cy={0} r={r} />
        </>
      ) : (
        <>
          <rect
            className="tl-mark__ring"
            x={g.x - ring}
            y={barTop - ring}
            width={barWidth + 2 * ring}
            height={m.barHeight + 2 * ring}
            rx={3}
          />
          <rect
            className="tl-mark__shape"
            x={g.x}
            y={barTop}
            width={barWidth}
            height={m.barHeight}
            rx={2}
          />
        </>
      )}
    </g>
  );
}

function sameMark(a: PlacedMark, b: PlacedMark): boolean {
  if (a === b) return true;
  const ga = a.geometry;
  const gb = b.geometry;
  return (
    a.event === b.event &&
    a.y === b.y &&
    a.extent[0] === b.extent[0] &&
    a.extent[1] === b.extent[1] &&
    ga.x === gb.x &&
    ga.x2 === gb.x2 &&
    ga.whisker?.[0] === gb.whisker?.[0] &&
    ga.whisker?.[1] === gb.whisker?.[1]
  );
}

/**
 * Memoised on the mark's drawn values, not on object identity, so that a new layout that leaves a
 * mark where it was does not re-render it; the item's `data-state` comes from its own subscription.
 */
export const EventMark = memo(
  EventMarkView,
  (a, b) =>
    sameMark(a.mark, b.mark) &&
    a.metrics === b.metrics &&
    a.zone === b.zone &&
    a.tabbable === b.tabbable &&
    a.describedBy === b.describedBy &&
    a.handlers === b.handlers,
);
