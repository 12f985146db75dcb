import { describe, expect, it } from 'vitest';
import { formatTimeCell, parseTimeCell } from '../../src/studio/times';

const ak = { zone: 'America/Anchorage', date: '2025-08-15' };
const ny = { zone: 'America/New_York', date: undefined };

describe('time cells', () => {
  it('keeps an ISO time with an offset as written', () => {
    expect(parseTimeCell('2025-08-15T10:20:00-08:00', ak)).toEqual({
      ok: true,
      iso: '2025-08-15T10:20:00-08:00',
      dateOnly: false,
    });
    expect(parseTimeCell('2025-08-15T18:20Z', ak)).toMatchObject({
      ok: true,
      iso: '2025-08-15T18:20Z',
    });
  });
  it('reads local times, dates and clock times in the story’s zone', () => {
    expect(parseTimeCell('2025-08-15 10:20', ak)).toMatchObject({
      iso: '2025-08-15T10:20:00-08:00',
    });
    expect(parseTimeCell('2025-01-15 10:20', ak)).toMatchObject({
      iso: '2025-01-15T10:20:00-09:00',
    });
    expect(parseTimeCell('2025-08-15', ak)).toMatchObject({
      iso: '2025-08-15T00:00:00-08:00',
      dateOnly: true,
    });
    expect(parseTimeCell('11:30', ak)).toMatchObject({ iso: '2025-08-15T11:30:00-08:00' });
  });
  it('reads spreadsheet day numbers (1900 and 1904 systems)', () => {
    // 45884 is 15 Aug 2025; .430555… is 10:20.
    expect(parseTimeCell(45884 + (10 * 60 + 20) / 1440, ak)).toMatchObject({
      iso: '2025-08-15T10:20:00-08:00',
    });
    expect(parseTimeCell(45884 - 1462 + 0.5, { ...ak, date1904: true })).toMatchObject({
      iso: '2025-08-15T12:00:00-08:00',
    });
  });
  it('reports what is ambiguous or impossible instead of guessing', () => {
    expect(parseTimeCell('08/07/2025 10:20', ak)).toMatchObject({
      ok: false,
      message: expect.stringContaining('day-first or month-first'),
    });
    expect(parseTimeCell('2025-03-09 02:30', ny)).toMatchObject({
      ok: false,
      message: expect.stringContaining('does not exist'),
    });
    const twice = parseTimeCell('2025-11-02 01:30', ny);
    expect(twice).toMatchObject({ ok: false, message: expect.stringContaining('happens twice') });
    expect(twice.ok ? '' : twice.message).toContain(
      '2025-11-02T01:30:00-04:00 or 2025-11-02T01:30:00-05:00',
    );
    expect(parseTimeCell('10:20', ny)).toMatchObject({
      ok: false,
      message: expect.stringContaining('without a date'),
    });
    expect(parseTimeCell(0.43, ak)).toMatchObject({
      ok: false,
      message: expect.stringContaining('without a date'),
    });
    expect(parseTimeCell('2025-02-30 10:00', ak)).toMatchObject({
      ok: false,
      message: 'not a real date or time',
    });
    expect(parseTimeCell('2025-08-15 10:20', { zone: undefined, date: undefined })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Time zone'),
    });
  });
  it('writes a time the way it reads back identically', () => {
    expect(formatTimeCell('2025-08-15T10:20:00-08:00', ak)).toBe('2025-08-15 10:20');
    expect(formatTimeCell('2025-08-15T10:20:05-08:00', ak)).toBe('2025-08-15 10:20:05');
    // Another offset, "Z" or no seconds: kept as ISO so that nothing changes.
    expect(formatTimeCell('2025-08-15T10:20:00+03:00', ak)).toBe('2025-08-15T10:20:00+03:00');
    expect(formatTimeCell('2025-08-15T18:20:00Z', ak)).toBe('2025-08-15T18:20:00Z');
    expect(formatTimeCell('2025-08-15T10:20-08:00', ak)).toBe('2025-08-15T10:20-08:00');
  });
});
