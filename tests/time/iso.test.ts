import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoTime } from '../../src/time/iso';

describe('parseIsoTime', () => {
  it('reads a time with an offset as the instant it names', () => {
    expect(parseIsoTime('2025-08-15T10:20:00-08:00')).toBe(Date.UTC(2025, 7, 15, 18, 20));
    expect(parseIsoTime('2025-08-15T21:20:00+03:00')).toBe(Date.UTC(2025, 7, 15, 18, 20));
    expect(parseIsoTime('2025-08-15T18:20:00Z')).toBe(Date.UTC(2025, 7, 15, 18, 20));
  });

  it('accepts minutes without seconds, and fractions of a second', () => {
    expect(parseIsoTime('2025-08-15T10:20-08:00')).toBe(Date.UTC(2025, 7, 15, 18, 20));
    expect(parseIsoTime('2025-08-15T10:20:00.250-08:00')).toBe(
      Date.UTC(2025, 7, 15, 18, 20, 0, 250),
    );
  });

  it('refuses a time without an offset, which would mean a different instant on every machine', () => {
    expect(parseIsoTime('2025-08-15T10:20:00')).toBeUndefined();
    expect(parseIsoTime('2025-08-15')).toBeUndefined();
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    expect(parseIsoTime('2025-02-30T12:00:00Z')).toBeUndefined();
    expect(parseIsoTime('2025-02-29T12:00:00Z')).toBeUndefined();
    expect(parseIsoTime('2025-04-31T12:00:00Z')).toBeUndefined();
    expect(parseIsoTime('2025-13-01T12:00:00Z')).toBeUndefined();
    expect(parseIsoTime('2025-00-10T12:00:00Z')).toBeUndefined();
    expect(parseIsoTime('2025-08-00T12:00:00Z')).toBeUndefined();
  });

  it('knows the leap-year rule, 1900 and 2000 included', () => {
    expect(parseIsoTime('2024-02-29T12:00:00Z')).toBe(Date.UTC(2024, 1, 29, 12));
    expect(parseIsoTime('2000-02-29T12:00:00Z')).toBe(Date.UTC(2000, 1, 29, 12));
    expect(parseIsoTime('1900-02-29T12:00:00Z')).toBeUndefined();
  });

  it('refuses clock times and offsets that do not exist', () => {
    expect(parseIsoTime('2025-08-15T24:00:00Z')).toBeUndefined();
    expect(parseIsoTime('2025-08-15T10:60:00Z')).toBeUndefined();
    expect(parseIsoTime('2025-08-15T10:20:60Z')).toBeUndefined();
    expect(parseIsoTime('2025-08-15T10:20:00+19:00')).toBeUndefined();
    expect(parseIsoTime('2025-08-15T10:20:00+18:30')).toBeUndefined();
    expect(parseIsoTime('2025-08-15T10:20:00-08:60')).toBeUndefined();
    expect(parseIsoTime('2025-08-15T10:20:00+18:00')).toBe(Date.UTC(2025, 7, 14, 16, 20));
  });

  it('reads historical dates, such as the 1942 ferry flights', () => {
    expect(parseIsoTime('1942-01-01T10:00:00-10:00')).toBe(Date.UTC(1942, 0, 1, 20));
  });

  it('round-trips any instant written at any real offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-02T00:00:00Z'),
          max: new Date('9999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const ms = Math.floor(date.getTime() / 1000) * 1000;
          const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const zone = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
          expect(parseIsoTime(`${local}${zone}`)).toBe(ms);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const ms = parseIsoTime(text);
        expect(ms === undefined || Number.isFinite(ms)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
