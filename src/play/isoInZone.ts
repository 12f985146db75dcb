import { zoneOffsetMinutes } from '../time/zone';

const offsets = new Map<string, number>();
/** Offsets change on quarter hours at most, so one look-up serves a quarter hour (per frame: cheap). */
function offsetAt(zone: string, ms: number): number {
  const key = `${zone}|${Math.floor(ms / 900_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 5_000) offsets.clear();
    offset = zoneOffsetMinutes(zone, ms);
    offsets.set(key, offset);
  }
  return offset;
}

const pad = (n: number, width = 2) => String(Math.trunc(n)).padStart(width, '0');

/**
 * The moment as ISO 8601 with the zone's offset at that moment, to the second:
 * `2025-08-15T10:40:00-08:00`. What `t=` and the playhead's `data-t` carry.
 */
export function isoInZone(ms: number, zone: string): string {
  const whole = Math.floor(ms / 1000) * 1000;
  const offset = offsetAt(zone, whole);
  const local = new Date(whole + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(abs / 60)}:${pad(abs % 60)}`
  );
}
