import { ISO_WITH_OFFSET, parseIsoTime } from '../time/iso';
import { isKnownTimeZone, zoneOffsetMinutes } from '../time/zone';

/** A time read from a cell: an ISO 8601 time with an offset, or why it could not be read. */
export type TimeResult =
  | { ok: true; iso: string; dateOnly: boolean }
  | { ok: false; message: string };

/** Where a spreadsheet's day numbers start (the 1900 system, as Excel and LibreOffice count). */
const SERIAL_EPOCH_1900 = Date.UTC(1899, 11, 30);
/** The 1904 system, used by some older Mac workbooks. */
const SERIAL_EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/** A wall-clock time with no zone: what a spreadsheet cell holds. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A spreadsheet day number (e.g. 45884.43) as the wall time it shows; seconds are rounded. */
export function serialToWall(serial: number, date1904 = false): WallTime {
  const epoch = date1904 ? SERIAL_EPOCH_1904 : SERIAL_EPOCH_1900;
  // Day fractions are binary floats: 10:20 is 0.43055…; rounding to the second undoes the error.
  return serialToWallFromMs(epoch + Math.round(serial * 86_400) * 1000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const HOUR_MS = 3_600_000;
/** Offsets at the start of each hour, by zone then hour number. */
const hourOffsets = new Map<string, Map<number, number>>();
/**
 * `zoneOffsetMinutes`, remembered per zone and hour: when the offset at the start of an hour
 * equals the offset at its end, it holds for the whole hour (time zones never change twice within
 * an hour), so 10,000 rows cost a few hundred Intl calls instead of tens of thousands.
 */
function offsetAt(zone: string, ms: number): number {
  let hours = hourOffsets.get(zone);
  if (!hours) {
    hours = new Map();
    hourOffsets.set(zone, hours);
  }
  if (hours.size > 50_000) hours.clear();
  const hour = Math.floor(ms / HOUR_MS);
  const at = (h: number) => {
    let offset = hours.get(h);
    if (offset === undefined) {
      offset = zoneOffsetMinutes(zone, h * HOUR_MS);
      hours.set(h, offset);
    }
    return offset;
  };
  const start = at(hour);
  return start === at(hour + 1) ? start : zoneOffsetMinutes(zone, ms);
}

/** `2025-08-15 10:20` (seconds only when not zero), or `2025-08-15` when `dateOnly`. */
export function formatWall(w: WallTime, dateOnly = false): string {
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  if (dateOnly) return date;
  const clock = `${pad(w.hour)}:${pad(w.minute)}${w.second ? `:${pad(w.second)}` : ''}`;
  return `${date} ${clock}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The instant a wall time names in a zone. Once a year it names none (clocks skip an hour) and
 * once it names two (clocks go back): both are reported, never guessed.
 */
export function wallToIso(w: WallTime, zone: string): TimeResult {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const back = new Date(asUtc);
  if (
    back.getUTCFullYear() !== w.year ||
    back.getUTCMonth() !== w.month - 1 ||
    back.getUTCDate() !== w.day ||
    w.hour > 23 ||
    w.minute > 59 ||
    w.second > 59
  ) {
    return { ok: false, message: 'not a real date or time' };
  }
  // The offsets in force a day either side; those that map the wall time back onto itself fit.
  const fits: number[] = [];
  for (const shift of [-DAY_MS, 0, DAY_MS]) {
    const offset = offsetAt(zone, asUtc + shift);
    if (!fits.includes(offset) && offsetAt(zone, asUtc - offset * 60_000) === offset)
      fits.push(offset);
  }
  const text = formatWall(w);
  if (fits.length === 0) {
    return {
      ok: false,
      message: `${text} does not exist in ${zone} (the clocks skip it); write the time with an offset`,
    };
  }
  if (fits.length > 1) {
    const options = fits.map((o) => `${isoDate(w)}${formatOffset(o)}`).join(' or ');
    return {
      ok: false,
      message: `${text} happens twice in ${zone} (the clocks go back); write which: ${options}`,
    };
  }
  return { ok: true, iso: `${isoDate(w)}${formatOffset(fits[0] ?? 0)}`, dateOnly: false };
}

const isoDate = (w: WallTime) =>
  `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;

const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const SLASHED = /^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}/;

/** What a time cell needs to know about the story. */
export interface TimeContext {
  /** The story's IANA zone, if it is known. */
  readonly zone: string | undefined;
  /** The story's day (YYYY-MM-DD), for cells holding only a clock time. */
  readonly date: string | undefined;
  /** The workbook counts days from 1904. */
  readonly date1904?: boolean;
}

/**
 * Reads a time cell: an ISO time with an offset is kept as written; a local date and time
 * (`2025-08-15 10:20`), a date alone, a clock time alone (on the story's day) or a spreadsheet
 * day number is read in the story's zone. Day/month order is never guessed.
 */
export function parseTimeCell(cell: string | number, ctx: TimeContext): TimeResult {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0 || cell > 2_958_465) {
      return { ok: false, message: 'not a time' };
    }
    return local(serialToWall(cell, ctx.date1904), ctx, cell < 1);
  }
  const text = cell.trim();
  if (ISO_WITH_OFFSET.test(text)) {
    return parseIsoTime(text) === undefined
      ? { ok: false, message: 'not a real date or time' }
      : { ok: true, iso: text, dateOnly: false };
  }
  const m = LOCAL.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    const wall: WallTime = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? 0),
      minute: Number(mi ?? 0),
      second: Number(s ?? 0),
    };
    const result = local(wall, ctx, false);
    return result.ok && h === undefined ? { ...result, dateOnly: true } : result;
  }
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, h, mi, s] = clock;
    if (!ctx.date || !/^\d{4}-\d{2}-\d{2}$/.test(ctx.date)) {
      return {
        ok: false,
        message: `a time without a date; write the date too (e.g. 2025-08-15 ${text}) or fill in Date on the Story sheet`,
      };
    }
    const [y, mo, d] = ctx.date.split('-').map(Number);
    return local(
      {
        year: y ?? 0,
        month: mo ?? 0,
        day: d ?? 0,
        hour: Number(h),
        minute: Number(mi),
        second: Number(s ?? 0),
      },
      ctx,
      false,
    );
  }
  if (SLASHED.test(text)) {
    return {
      ok: false,
      message: `"${text}" could be read day-first or month-first; write it as YYYY-MM-DD, e.g. 2025-08-15 10:20`,
    };
  }
  return {
    ok: false,
    message: 'not a time; write e.g. 2025-08-15 10:20, or 2025-08-15T10:20:00-08:00 with an offset',
  };
}

function local(wall: WallTime, ctx: TimeContext, clockOnly: boolean): TimeResult {
  if (clockOnly) {
    return {
      ok: false,
      message: 'a time without a date; write the date too (e.g. 2025-08-15 10:20)',
    };
  }
  if (!ctx.zone || !isKnownTimeZone(ctx.zone)) {
    return {
      ok: false,
      message: 'a time without an offset, and the Story sheet has no valid Time zone to read it in',
    };
  }
  return wallToIso(wall, ctx.zone);
}

/**
 * How a time is written back into a cell: the local form (`2025-08-15 10:20`) when reading that
 * gives exactly the same text back, otherwise the ISO text as it is, so nothing is lost.
 */
export function formatTimeCell(iso: string, ctx: TimeContext): string {
  const ms = parseIsoTime(iso);
  if (ms === undefined || !ctx.zone || !isKnownTimeZone(ctx.zone)) return iso;
  const offset = offsetAt(ctx.zone, ms);
  const wall = serialToWallFromMs(ms + offset * 60_000);
  const candidate = formatWall(wall);
  const back = parseTimeCell(candidate, ctx);
  return back.ok && back.iso === iso ? candidate : iso;
}

/** A UTC instant's fields, read as a wall time. */
function serialToWallFromMs(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
