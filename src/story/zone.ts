import type { ZoneChoice } from '../state/store';
import type { KnownOrder, Story, StoryEvent } from './model';

/** The IANA zone a choice stands for: `story` is the story's zone, `local` the viewer's. */
export function resolveZone(choice: ZoneChoice, story: Pick<Story, 'timezone'>): string {
  if (choice === 'story') return story.timezone;
  if (choice === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return choice;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, ...options });
    formatters.set(key, f);
  }
  return f;
}

/** Minutes the zone is ahead of UTC at that moment (AKDT: -480, MSK: 180). */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const parts = formatter(zone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** A short zone name for labels: `AKDT`, `MSK`, `UTC`, or `GMT+3` where no abbreviation exists. */
export function zoneAbbreviation(zone: string, ms: number): string {
  if (zone === 'UTC') return 'UTC';
  if (zone === 'Europe/Moscow') return 'MSK';
  // Offsets and their changes fall on quarter hours, so one answer serves a quarter hour.
  const key = `${zone}|${Math.floor(ms / 900_000)}`;
  const known = abbreviations.get(key);
  if (known !== undefined) return known;
  let f = abbreviationFormatters.get(zone);
  if (!f) {
    // en-US knows the North American abbreviations (AKDT, EDT) that en-GB spells as GMT-8.
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    abbreviationFormatters.set(zone, f);
  }
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  if (abbreviations.size > 10_000) abbreviations.clear();
  abbreviations.set(key, name);
  return name;
}
const abbreviations = new Map<string, string>();
const abbreviationFormatters = new Map<string, Intl.DateTimeFormat>();

/** A readable zone name for menus: `Anchorage (AKDT)`. */
export function zoneName(zone: string, ms: number): string {
  const city = zone.split('/').pop()?.replace(/_/g, ' ') ?? zone;
  const abbr = zoneAbbreviation(zone, ms);
  return zone === 'UTC' ? 'UTC' : `${city} (${abbr})`;
}

/** `10:20` in the zone. */
export function formatClock(ms: number, zone: string): string {
  return formatter(zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

/** `15 Aug 2025` in the zone. */
export function formatDate(ms: number, zone: string): string {
  return formatter(zone, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

/** Calendar day in the zone as `2025-08-15`, for comparing days. */
export function dayKey(ms: number, zone: string): string {
  const parts = formatter(zone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(ms);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** How exact an event's time is, in words a reader understands. */
export function precisionLabel(event: StoryEvent): string | null {
  if (event.precision === 'order') return 'order known, time not';
  if (event.precision === 'undated') return 'no date set';
  if (event.precision === 'year') return 'year only';
  if (event.precision === 'day') return 'day only';
  if (event.approx) return `± ${formatMinutes(event.approx)}`;
  if (event.precision === 'approx') return 'approximate';
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
  if (min < 60) return `${min} min`;
  if (min < 1440) return `${Math.round((min / 60) * 10) / 10} h`;
  return `${Math.round(min / 1440)} days`;
}

/**
 * An event's time as a reader should see it, never more exact than its source:
 * `≈ 10:20 AKDT`, `11:07–11:10 AKDT`, `1942–1945`, and the date when it is not the story's day.
 */
export function formatEventTime(event: StoryEvent, zone: string, storyDay?: string): string {
  // An order-only or undated event's start is a placeholder that only orders it: say what is
  // known instead, and never its clock time or date.
  if (event.precision === 'undated') return 'date not set';
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
  const parts = [
    known?.after && `after ${known.after}`,
    known?.before && `before ${known.before}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'time not known';
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
