/** ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`), e.g. `2025-08-15T10:20:00-08:00`. */
export const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Milliseconds since the epoch for an ISO 8601 time with an offset, or `undefined` when the
 * string names a moment that does not exist (month 13, 30 February, 25:00, offset beyond ±18:00).
 * `Date.parse` alone would roll 30 February over to March.
 */
export function parseIsoTime(value: string): number | undefined {
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const maxDay = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > maxDay) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  if (zone !== 'Z' && zone !== undefined) {
    const [oh = 99, om = 99] = zone.slice(1).split(':').map(Number);
    // Real offsets lie within -12:00…+14:00; ±18:00 leaves room without accepting nonsense.
    if (om > 59 || oh * 60 + om > 18 * 60) return undefined;
  }
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
