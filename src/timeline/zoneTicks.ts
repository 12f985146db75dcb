import { scaleUtc } from 'd3-scale';
import { intlLocale } from '../i18n/format';
import { formatClock, fromWallClock, toWallClock } from '../time/zone';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** One tick of a zone's axis row. */
export interface ZoneTick {
  /** The moment, in ms since the epoch: the same instant whatever zone labels it. */
  readonly ms: number;
  /** `10:00`, or the date (`16 Aug`) where the tick falls on midnight in the zone. */
  readonly label: string;
  /** True at midnight in the zone, where the row shows the date instead of the clock. */
  readonly dayStart: boolean;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function formatDayMonth(ms: number, zone: string): string {
  const locale = intlLocale();
  const key = `${locale}|${zone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, day: 'numeric', month: 'short' });
    dayFormats.set(key, format);
  }
  return format.format(ms);
}

/**
 * About `count` ticks over `domain` that fall on round wall-clock times in `zone` (whole hours in
 * Moscow and in half-hour zones such as India alike), never closer than one minute apart.
 * d3's UTC ticks are computed on wall-clock time and mapped back, so positions stay absolute.
 */
export function zoneTicks(
  domain: readonly [number, number],
  zone: string,
  count: number,
): ZoneTick[] {
  const [d0, d1] = domain;
  if (!(d1 > d0) || count < 1) return [];
  const n = Math.max(1, Math.min(Math.round(count), Math.floor((d1 - d0) / MINUTE)));
  const wall = scaleUtc().domain([toWallClock(d0, zone), toWallClock(d1, zone)]);
  const ticks: ZoneTick[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const date of wall.ticks(n)) {
    const w = date.getTime();
    const ms = fromWallClock(w, zone);
    if (ms < d0 || ms > d1 || ms <= last) continue;
    last = ms;
    const dayStart = ((w % DAY) + DAY) % DAY === 0;
    ticks.push({
      ms,
      dayStart,
      label: dayStart ? formatDayMonth(ms, zone) : formatClock(ms, zone),
    });
  }
  return ticks;
}
