import { memo, useMemo } from 'react';
import { useLocale } from '../i18n/i18n';
import { zoneAbbreviation } from '../time/zone';
import type { Extent } from './lanes';
import type { TimelineMetrics } from './metrics';
import { zoneTicks } from './zoneTicks';
import type { Domain } from './zoomMath';

/** Props of one labelled axis row. */
export interface AxisRowProps {
  /** The IANA zone whose wall-clock times label the ticks. */
  zone: string;
  /** The visible window. */
  domain: Domain;
  /** The plot's pixel range. */
  plot: Extent;
  /** The row's line. */
  y: number;
  metrics: TimelineMetrics;
  /** The main row is drawn stronger and carries grid lines up to `gridTop`. */
  variant: 'primary' | 'secondary';
  gridTop?: number;
}

/**
 * A time axis in one zone: ticks on round wall-clock times there, the date at midnight, and the
 * zone's short name at the left. Hidden from assistive technology: every item names its own time.
 */
function AxisRowView({ zone, domain, plot, y, metrics: m, variant, gridTop }: AxisRowProps) {
  const [left, right] = plot;
  const count = Math.max(2, Math.floor((right - left) / (4.6 * m.em)));
  const locale = useLocale();
  const ticks = useMemo(() => {
    void locale; // formatted in the reader's language: again when it changes
    return zoneTicks(domain, zone, count);
  }, [domain, zone, count, locale]);
  const x = (ms: number) => left + ((ms - domain[0]) / (domain[1] - domain[0])) * (right - left);
  const edge = 1.3 * m.em;
  const labelY = y + 1.05 * m.em;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable.
    <g className={`tl-axis tl-axis--${variant}`} aria-hidden="true">
      <text
        className="tl-axis__zone"
        x={left - 0.45 * m.em}
        y={labelY}
        fontSize={m.tickFont}
        textAnchor="end"
      >
        {zoneAbbreviation(zone, (domain[0] + domain[1]) / 2)}
      </text>
      <line className="tl-axis__line" x1={left} x2={right} y1={y} y2={y} />
      {ticks.map((tick) => {
        const tx = x(tick.ms);
        return (
          <g key={tick.ms} transform={`translate(${tx} 0)`}>
            {gridTop !== undefined && <line className="tl-axis__grid" y1={gridTop} y2={y} />}
            <line className="tl-axis__tick" y1={y} y2={y + 0.3 * m.em} />
            {tx - left >= edge && right - tx >= edge && (
              <text
                className={tick.dayStart ? 'tl-axis__label tl-axis__label--date' : 'tl-axis__label'}
                y={labelY}
                fontSize={m.tickFont}
                textAnchor="middle"
              >
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

export const AxisRow = memo(AxisRowView);
