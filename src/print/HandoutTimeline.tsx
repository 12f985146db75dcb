import { useT } from '../i18n/i18n';
import type { StoryEvent } from '../story/types';
import { layoutPrintTimeline } from './timelineLayout';

/** Props of the printed timeline. */
export interface HandoutTimelineProps {
  /** The day's events (not the context before and after). */
  readonly events: readonly StoryEvent[];
  /** IANA zone the clock times are read in. */
  readonly zone: string;
  readonly storyDay?: string;
  /** Says which zone the hours are in, e.g. `Anchorage (AKDT)`. */
  readonly zoneLabel: string;
}

const WIDTH = 680;
const TICK_X = 46;
const AXIS_X = 120;
const LANE_WIDTH = 9;
const LABEL_X = 150;

/**
 * The day in black on white: hours down the left, spans as bars, instants as dots, each with
 * its time and title. An approximate time has an open dot and a "≈", so print in grey or a
 * photocopy keeps every meaning.
 */
export function HandoutTimeline({ events, zone, storyDay, zoneLabel }: HandoutTimelineProps) {
  const t = useT();
  const layout = layoutPrintTimeline(events, zone, { storyDay });
  return (
    <svg
      className="handout__timeline"
      viewBox={`0 0 ${WIDTH} ${layout.height}`}
      role="img"
      aria-label={t('handout.timelineLabel', { n: events.length, zone: zoneLabel })}
    >
      <g className="handout__ticks" fontSize="10" textAnchor="end">
        {layout.ticks.map((tick) => (
          <g key={tick.y} transform={`translate(0, ${tick.y})`}>
            <text x={TICK_X} dy="0.32em">
              {tick.label}
            </text>
            <line
              x1={TICK_X + 4}
              x2={AXIS_X}
              stroke="#000"
              strokeWidth="0.5"
              strokeDasharray="2 2"
            />
          </g>
        ))}
      </g>
      <line
        x1={AXIS_X}
        x2={AXIS_X}
        y1={layout.top}
        y2={layout.bottom}
        stroke="#000"
        strokeWidth="1.5"
      />
      {layout.items.map((item) => {
        const labelMid = item.labelY;
        return (
          <g key={item.id}>
            {item.y2 > item.y1 && (
              <rect
                x={AXIS_X - 8 - (item.lane + 1) * LANE_WIDTH}
                y={item.y1}
                width={LANE_WIDTH - 3}
                height={Math.max(1.5, item.y2 - item.y1)}
                fill={item.approx ? '#fff' : '#000'}
                stroke="#000"
                strokeWidth="1"
              />
            )}
            <circle
              cx={AXIS_X}
              cy={item.y1}
              r="3.5"
              fill={item.approx ? '#fff' : '#000'}
              stroke="#000"
              strokeWidth="1.2"
            />
            <polyline
              points={`${AXIS_X + 4},${item.y1} ${LABEL_X - 16},${item.y1} ${LABEL_X - 4},${labelMid}`}
              fill="none"
              stroke="#000"
              strokeWidth="0.5"
            />
            <text x={LABEL_X} y={labelMid} dy="0.32em" fontSize="10.5">
              <tspan fontWeight="700">{item.time}</tspan>
              <tspan dx="6">{item.title}</tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}
