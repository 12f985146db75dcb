import { zoneOffsetMinutes } from '../story/zone';

const pad = (n: number, width = 2) => String(Math.trunc(n)).padStart(width, '0');

/**
 * The moment as ISO 8601 with the zone's offset at that moment, to the second:
 * `2025-08-15T10:40:00-08:00`. What `t=` and the playhead's `data-t` carry.
 */
export function isoInZone(ms: number, zone: string): string {
  const whole = Math.floor(ms / 1000) * 1000;
  const offset = zoneOffsetMinutes(zone, whole);
  const local = new Date(whole + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(abs / 60)}:${pad(abs % 60)}`
  );
}
