import { memo, useMemo } from 'react';
import { useT } from '../i18n/i18n';
import { useStory } from '../state/hooks';
import { isTimeUnknown } from '../story/build';
import { formatClock } from '../time/zone';
import { eventName, eventTime, placeNames } from './eventText';
import { type ItemHandlers, useEventItem } from './itemHandlers';
import { certaintyOf } from './marks';
import type { VerticalRow } from './verticalLayout';

/** Props of one event in the vertical day. */
export interface VerticalEventProps {
  row: VerticalRow;
  /** The row's title as shown (with `≈` when the time is not exact). */
  label: string;
  /** Where the axis is, and the lanes' width, relative to the row's left edge. */
  axisX: number;
  laneWidth: number;
  rowX: number;
  zone: string;
  tabbable: boolean;
  describedBy: string | undefined;
  handlers: ItemHandlers;
}

/**
 * One event as a row: its time and title, and, drawn from the row towards the axis, the dot or bar
 * at its time and a leader line to it. The whole row is the control: a large target on a phone.
 */
/** Shown instead of an order-only event's placeholder clock time. */

function VerticalEventView(props: VerticalEventProps) {
  const { row, label, axisX, laneWidth, rowX, zone, tabbable, describedBy, handlers } = props;
  const { event } = row;
  const story = useStory();
  const t = useT();
  const unknown = isTimeUnknown(event);
  const name = useMemo(
    () =>
      // The row shows "time not known" where a time would be; the name says it too (WCAG 2.5.3).
      unknown && event.precision === 'order'
        ? [event.title, t('time.notKnown'), eventTime(event, story, zone), placeNames(event, story)]
            .filter(Boolean)
            .join(', ')
        : eventName(event, story, zone),
    [event, story, zone, unknown, t],
  );
  const item = useEventItem(event.id, name, tabbable, describedBy, handlers);
  const mid = row.top + row.height / 2;
  // Offsets from the row's box, which starts at `rowX` and `row.top`.
  const dx = axisX - rowX;
  const span = row.y2 > row.y1;
  const shape = span ? 'span' : 'instant';
  const certainty = certaintyOf(event);
  const leaderTop = Math.min(row.y1, mid) - row.top;
  const leaderHeight = Math.abs(mid - row.y1);
  return (
    <button
      type="button"
      className={`tl-vrow tl-mark--${shape} tl-mark--${certainty}`}
      style={{ top: row.top, left: rowX, height: row.height }}
      {...item}
    >
      <svg
        className="tl-vrow__leader"
        aria-hidden="true"
        style={{ left: dx, top: leaderTop - 1, width: -dx, height: leaderHeight + 2 }}
      >
        <polyline
          points={`0,${row.y1 - row.top - leaderTop + 1} ${-dx * 0.45},${row.y1 - row.top - leaderTop + 1} ${-dx - 2},${mid - row.top - leaderTop + 1}`}
        />
      </svg>
      {span && (
        <span
          className="tl-vrow__bar tl-mark__shape"
          style={{
            left: dx - (row.lane + 1) * laneWidth - 0.2 * laneWidth,
            top: row.y1 - row.top,
            width: laneWidth * 0.8,
            height: Math.max(3, row.y2 - row.y1),
          }}
        />
      )}
      <span className="tl-vrow__dot tl-mark__shape" style={{ left: dx, top: row.y1 - row.top }} />
      {/* The title first, as the accessible name begins with it (WCAG 2.5.3), then the time. */}
      <span className="tl-vrow__text">
        <span
          className="tl-mark__label tl-vrow__title"
          data-label-for={event.id}
          lang={story.langOf('events', event.id, 'title')}
        >
          {label}
        </span>{' '}
        <span className="tl-vrow__time">
          {unknown
            ? event.precision === 'order'
              ? t('time.notKnown')
              : eventTime(event, story, zone)
            : formatClock(event.startMs, zone)}
        </span>
      </span>
    </button>
  );
}

export const VerticalEvent = memo(VerticalEventView);
