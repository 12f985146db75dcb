import { tr } from '../i18n/i18n';
import { dayKey, formatClock, formatDate, zoneAbbreviation } from '../time/zone';
import type { KnownOrder, StoryEvent } from './types';

/** How exact an event's time is, in words a reader understands. */
export function precisionLabel(event: StoryEvent): string | null {
  if (event.precision === 'order') return tr('time.orderOnly');
  if (event.precision === 'undated') return tr('time.noDateSet');
  if (event.precision === 'year') return tr('time.yearOnly');
  if (event.precision === 'day') return tr('time.dayOnly');
  if (event.approx) return tr('time.plusMinus', { amount: formatMinutes(event.approx) });
  if (event.precision === 'approx') return tr('time.approximate');
  return null;
}

export function isApprox(event: StoryEvent): boolean {
  return (
    !!event.approx ||
    event.precision === 'approx' ||
    event.precision === 'order' ||
    event.precision === 'undated'
  );
}

function formatMinutes(min: number): string {
  if (min < 60) return tr('time.minutes', { n: min });
  if (min < 1440) return tr('time.hours', { n: Math.round((min / 60) * 10) / 10 });
  return tr('time.days', { n: Math.round(min / 1440) });
}

/**
 * An event's time as a reader should see it, never more exact than its source:
 * `≈ 10:20 AKDT`, `11:07–11:10 AKDT`, `1942–1945`, and the date when it is not the story's day.
 */
export function formatEventTime(event: StoryEvent, zone: string, storyDay?: string): string {
  // An order-only or undated event's start is a placeholder that only orders it: say what is
  // known instead, and never its clock time or date.
  if (event.precision === 'undated') return tr('time.dateNotSet');
  if (event.precision === 'order') return orderText(event.knownOrder);
  // A year or a date known without a clock time is the one the source wrote: converting it to
  // another zone would move 31 December 1945 into 1946 and claim a precision nobody has.
  if (event.precision === 'year') {
    const y1 = writtenDate(event.start).slice(0, 4);
    const y2 = writtenDate(event.end ?? event.start).slice(0, 4);
    return y1 === y2 ? y1 : `${y1}–${y2}`;
  }
  if (event.precision === 'day') {
    const d1 = formatWrittenDate(event.start);
    const d2 = event.end === undefined ? d1 : formatWrittenDate(event.end);
    return d1 === d2 ? d1 : `${d1} – ${d2}`;
  }
  const approx = isApprox(event) ? '≈ ' : '';
  const abbr = zoneAbbreviation(zone, event.startMs);
  const startDay = dayKey(event.startMs, zone);
  const datePart = storyDay && startDay === storyDay ? '' : `${formatDate(event.startMs, zone)}, `;
  let range = formatClock(event.startMs, zone);
  if (event.endMs > event.startMs) {
    const endDay = dayKey(event.endMs, zone);
    const endDate = endDay === startDay ? '' : `${formatDate(event.endMs, zone)}, `;
    range += `–${endDate}${formatClock(event.endMs, zone)}`;
  }
  return `${datePart}${approx}${range} ${abbr}`;
}

/** `after Red carpet, handshake and flyover; before Three-on-three talks`. */
export function orderText(known: KnownOrder | undefined): string {
  if (known?.after && known.before)
    return tr('time.afterBefore', { after: known.after, before: known.before });
  if (known?.after) return tr('time.after', { event: known.after });
  if (known?.before) return tr('time.before', { event: known.before });
  return tr('time.notKnown');
}

/** The calendar date as written in an ISO time, `1946-10-22`, before any zone conversion. */
function writtenDate(iso: string): string {
  return iso.slice(0, 10);
}

/** `22 Oct 1946` for the date written in an ISO time. */
function formatWrittenDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = writtenDate(iso).split('-').map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return formatDate(utc.getTime(), 'UTC');
}
