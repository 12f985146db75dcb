import { memo, useMemo, useRef } from 'react';
import { useLocale } from '../i18n/i18n';
import type { StoryEvent } from '../story/types';
import { zoneAbbreviation } from '../time/zone';
import type { ItemHandlers } from './itemHandlers';
import { markLabel } from './labels';
import { DEFAULT_FONT_FAMILY } from './metrics';
import { textMeasurer } from './textWidth';
import { useViewBand } from './useViewBand';
import { VerticalEvent } from './VerticalEvent';
import { VerticalPlayhead } from './VerticalPlayhead';
import { layoutVerticalDay, type VerticalRow } from './verticalLayout';

/** Props of the day drawn down the screen (narrow views). */
export interface VerticalDayProps {
  /** The day's events (not the context before and after), in time order. */
  events: readonly StoryEvent[];
  zones: { primary: string; secondary: string | null };
  width: number;
  em: number;
  fontFamily: string | undefined;
  tabStopId: string | null;
  previewId: string | null;
  tooltipId: string;
  handlers: ItemHandlers;
}

/** Rows' font size as a share of the view's `em`. */
const ROW_FONT = 0.875;

/**
 * Up to this many rows are all in the DOM; a longer day draws only the rows near the screen
 * (10,000 rows cost seconds of layout), plus the tab stop and the previewed row.
 */
export const VERTICAL_WINDOW_FROM = 300;

/** Whether any part of the row (its text, its leader to the axis, its bar) lies in the band. */
function inBand(row: VerticalRow, from: number, to: number): boolean {
  const top = Math.min(row.top, row.y1);
  const bottom = Math.max(row.top + row.height, row.y2);
  return bottom >= from && top <= to;
}

/**
 * The day on a vertical axis: time flows down, the hours of both zones in two columns on the
 * left, every event a row with its time and title. Nothing is crowded into a badge and nothing
 * needs zooming; the list scrolls with the page.
 */
function VerticalDayView(props: VerticalDayProps) {
  const { events, zones, width, em, tabStopId, previewId, tooltipId, handlers } = props;
  const family = props.fontFamily || DEFAULT_FONT_FAMILY;
  useLocale();
  const layout = useMemo(
    () =>
      layoutVerticalDay({
        events,
        zones,
        width,
        em,
        measure: textMeasurer(`${ROW_FONT * em}px ${family}`, ROW_FONT * em),
        title: (event) => `${markLabel(event)} 00:00`,
      }),
    [events, zones, width, em, family],
  );
  const at = events[0]?.startMs ?? 0;
  const ref = useRef<HTMLDivElement>(null);
  const band = useViewBand(ref, layout.rows.length <= VERTICAL_WINDOW_FROM);
  const rows = band
    ? layout.rows.filter(
        (row) =>
          inBand(row, band.from, band.to) ||
          row.event.id === tabStopId ||
          row.event.id === previewId,
      )
    : layout.rows;
  return (
    <div ref={ref} className="tl-vday" style={{ height: layout.height }}>
      <div className="tl-vday__heads" aria-hidden="true">
        <span className="tl-vday__head">{zoneAbbreviation(zones.primary, at)}</span>
        {zones.secondary && (
          <span className="tl-vday__head" style={{ left: layout.secondColumnX }}>
            {zoneAbbreviation(zones.secondary, at)}
          </span>
        )}
      </div>
      <div className="tl-vday__ticks" aria-hidden="true">
        {layout.ticks.map((tick) => (
          <div key={tick.y} className="tl-vday__tick" style={{ top: tick.y, width: layout.axisX }}>
            <span className="tl-vday__hour">{tick.primary}</span>
            {tick.secondary && (
              <span
                className="tl-vday__hour tl-vday__hour--second"
                style={{ left: layout.secondColumnX }}
              >
                {tick.secondary}
              </span>
            )}
          </div>
        ))}
      </div>
      <div className="tl-vday__axis" style={{ left: layout.axisX, height: layout.height }} />
      {rows.map((row) => (
        <VerticalEvent
          key={row.event.id}
          row={row}
          label={markLabel(row.event)}
          axisX={layout.axisX}
          laneWidth={layout.laneWidth}
          rowX={layout.rowX}
          zone={zones.primary}
          tabbable={row.event.id === tabStopId}
          describedBy={row.event.id === previewId ? tooltipId : undefined}
          handlers={handlers}
        />
      ))}
      <VerticalPlayhead layout={layout} em={em} zones={zones} />
    </div>
  );
}

export const VerticalDay = memo(VerticalDayView);
