import { describe, expect, it } from 'vitest';
import { formatClock, fromWallClock, toWallClock } from '../../src/time/zone';
import { zoneTicks } from '../../src/timeline/zoneTicks';

const HOUR = 3_600_000;
/** The summit day as the timeline opens on it: 10:00 to 17:00 AKDT. */
const DAY: [number, number] = [
  Date.parse('2025-08-15T10:00:00-08:00'),
  Date.parse('2025-08-15T17:00:00-08:00'),
];

describe('zoneTicks', () => {
  it('ticks fall on whole hours in Europe/Moscow', () => {
    const ticks = zoneTicks(DAY, 'Europe/Moscow', 7);
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    for (const tick of ticks) expect(formatClock(tick.ms, 'Europe/Moscow')).toMatch(/:00$/);
  });

  it('ticks fall on whole hours in half-hour and quarter-hour zones too', () => {
    for (const zone of ['Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Adelaide']) {
      const ticks = zoneTicks(DAY, zone, 7);
      expect(ticks.length).toBeGreaterThanOrEqual(5);
      for (const tick of ticks) expect(formatClock(tick.ms, zone), zone).toMatch(/:00$/);
    }
  });

  it('switching the zone relabels ticks without moving them when the offsets differ by whole hours', () => {
    const anchorage = zoneTicks(DAY, 'America/Anchorage', 7);
    const moscow = zoneTicks(DAY, 'Europe/Moscow', 7);
    expect(moscow.map((t) => t.ms)).toEqual(anchorage.map((t) => t.ms));
    expect(moscow.map((t) => t.label)).not.toEqual(anchorage.map((t) => t.label));
    const first = anchorage[0]!;
    expect(moscow[0]!.label).toBe(formatClock(first.ms + 11 * HOUR, 'America/Anchorage'));
  });

  it('labels midnight in the zone with the date instead of 00:00', () => {
    const ticks = zoneTicks(DAY, 'Europe/Moscow', 7);
    const midnight = ticks.find((t) => t.dayStart);
    expect(midnight?.label).toBe('16 Aug');
    expect(midnight?.ms).toBe(Date.parse('2025-08-16T00:00:00+03:00'));
    expect(ticks.filter((t) => !t.dayStart).every((t) => /^\d\d:\d\d$/.test(t.label))).toBe(true);
  });

  it('never ticks closer than one minute apart, however many ticks are asked for', () => {
    const from = Date.parse('2025-08-15T10:20:00-08:00');
    const ticks = zoneTicks([from, from + 5 * 60_000], 'America/Anchorage', 40);
    expect(ticks.length).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.ms - ticks[i - 1]!.ms).toBeGreaterThanOrEqual(60_000);
  });

  it('keeps ticks on whole hours, in order, across a daylight-saving change', () => {
    const domain: [number, number] = [
      Date.parse('2025-10-25T20:00:00Z'),
      Date.parse('2025-10-26T08:00:00Z'),
    ];
    const ticks = zoneTicks(domain, 'Europe/Berlin', 12);
    for (const tick of ticks) expect(formatClock(tick.ms, 'Europe/Berlin')).toMatch(/:00$/);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.ms).toBeGreaterThan(ticks[i - 1]!.ms);
  });

  it('gives no ticks for an empty window', () => {
    expect(zoneTicks([DAY[0], DAY[0]], 'UTC', 5)).toEqual([]);
  });
});

describe('toWallClock / fromWallClock', () => {
  it('are inverses away from daylight-saving changes', () => {
    for (const zone of ['America/Anchorage', 'Europe/Moscow', 'Asia/Kolkata', 'UTC']) {
      expect(fromWallClock(toWallClock(DAY[0], zone), zone)).toBe(DAY[0]);
    }
  });
});
