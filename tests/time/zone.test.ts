import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEventTime, isApprox, precisionLabel } from '../../src/story/eventTime';
import type { StoryEvent } from '../../src/story/types';
import {
  dayKey,
  formatClock,
  resolveZone,
  zoneAbbreviation,
  zoneOffsetMinutes,
} from '../../src/time/zone';
import { realStory } from '../data/real-dataset';
import { miniStory } from '../fixtures/mini-story';

const story = realStory();
const event = (id: string) => story.eventById.get(id)!;
const DAY = '2025-08-15';
const AK = 'America/Anchorage';
const ZONES = [
  AK,
  'Europe/Moscow',
  'UTC',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
];

/** An event built from the mini story's talks, with fields replaced. */
function variant(patch: Partial<StoryEvent>): StoryEvent {
  return { ...miniStory().eventById.get('talks')!, approx: undefined, ...patch };
}

describe('formatEventTime', () => {
  it('marks an approximate time with ≈, in the story’s zone', () => {
    expect(formatEventTime(event('trump-lands'), AK, DAY)).toBe('≈ 10:20 AKDT');
    expect(formatEventTime(event('talks'), AK, DAY)).toBe('≈ 11:26–14:15 AKDT');
  });

  it('shows an exact time without ≈', () => {
    const exact = variant({ precision: 'exact', startMs: Date.parse('2025-08-15T13:25:00-08:00') });
    expect(formatEventTime({ ...exact, endMs: exact.startMs }, AK, DAY)).toBe('13:25 AKDT');
  });

  it('says what is known of a time known only by its order, never its placeholder', () => {
    expect(formatEventTime(event('limo-ride'), AK, DAY)).toBe(
      'after Red carpet, handshake and flyover; before Three-on-three talks',
    );
    expect(formatEventTime(event('cemetery-visit'), AK, DAY)).toBe(
      'after Statements to the press; before Putin leaves for Chukotka',
    );
    expect(formatEventTime(event('briefing-calls'), AK, DAY)).toBe(
      'after Air Force One leaves for Washington; before Trump is back at Joint Base Andrews',
    );
  });

  it('shows the same instant in Moscow time, with its date when that is another day', () => {
    expect(formatEventTime(event('trump-lands'), 'Europe/Moscow', DAY)).toBe('≈ 21:20 MSK');
    expect(formatEventTime(event('trump-returns'), 'Europe/Moscow', DAY)).toBe(
      '16 Aug 2025, ≈ 09:45 MSK',
    );
  });

  it('relabels a span that crosses midnight in another zone with the end’s date', () => {
    const talks = miniStory().eventById.get('talks')!;
    expect(formatEventTime(talks, AK, DAY)).toBe('≈ 11:30–14:15 AKDT');
    expect(formatEventTime(talks, 'Europe/Moscow', DAY)).toBe('≈ 22:30–16 Aug 2025, 01:15 MSK');
  });

  it('never shows an order-only time on another day, nor its date', () => {
    const next = miniStory().eventById.get('next')!;
    expect(formatEventTime(next, AK, DAY)).not.toMatch(/\d/);
    expect(formatEventTime(event('next-meeting-moscow'), 'Europe/Moscow', DAY)).toBe(
      'date not set',
    );
  });

  it('gives only the years for the 1942–1945 ferry flights, in every zone', () => {
    for (const zone of ZONES)
      expect(formatEventTime(event('lend-lease-ferry'), zone, DAY)).toBe('1942–1945');
  });

  it('gives only the date of the 1946 reburial, the same in every zone', () => {
    for (const zone of ZONES)
      expect(formatEventTime(event('soviet-reburial'), zone, DAY)).toBe('22 Oct 1946');
  });

  it('is never more precise than the dataset says, for any event in any zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...story.events), fc.constantFrom(...ZONES), (e, zone) => {
        const text = formatEventTime(e, zone, DAY);
        const dateOnly = e.precision === 'year' || e.precision === 'day';
        const unknown = e.precision === 'order' || e.precision === 'undated';
        expect(/\d:\d\d/.test(text), `${e.id} shows a clock time`).toBe(!dateOnly && !unknown);
        if (unknown) expect(text, `${e.id} shows a date or time`).not.toMatch(/\d/);
        else if (!dateOnly)
          expect(text.includes('≈'), `${e.id} is marked approximate`).toBe(isApprox(e));
        if (e.precision === 'year') expect(text).toMatch(/^\d{4}(–\d{4})?$/);
      }),
      { numRuns: 150 },
    );
  });
});

describe('precisionLabel', () => {
  it('puts the uncertainty in words a reader understands', () => {
    expect(precisionLabel(event('trump-lands'))).toBe('± 5 min');
    expect(precisionLabel(event('putin-departs'))).toBe('± 30 min');
    expect(precisionLabel(event('limo-ride'))).toBe('order known, time not');
    expect(precisionLabel(event('lend-lease-ferry'))).toBe('year only');
    expect(precisionLabel(event('soviet-reburial'))).toBe('day only');
    expect(precisionLabel(event('hannity-airs'))).toBe('approximate');
    expect(precisionLabel(variant({ approx: 90 }))).toBe('± 1.5 h');
    expect(precisionLabel(variant({}))).toBeNull();
  });
});

describe('zones', () => {
  const landing = event('trump-lands').startMs;

  it('knows the offsets of the summit day: AKDT −8 h, MSK +3 h', () => {
    expect(zoneOffsetMinutes(AK, landing)).toBe(-480);
    expect(zoneOffsetMinutes('Europe/Moscow', landing)).toBe(180);
    expect(zoneOffsetMinutes('UTC', landing)).toBe(0);
    expect(zoneOffsetMinutes('Asia/Kolkata', landing)).toBe(330);
  });

  it('follows a daylight-saving change to the minute it happens, on either side', () => {
    // Anchorage springs forward at 02:00 AKST on 9 March 2025, 11:00 UTC.
    const change = Date.UTC(2025, 2, 9, 11);
    expect(zoneOffsetMinutes(AK, change - 60_000)).toBe(-540);
    expect(zoneOffsetMinutes(AK, change)).toBe(-480);
    expect(zoneOffsetMinutes(AK, change + 14 * 60_000)).toBe(-480);
    // Asked for the later moment first, it still answers the earlier one for itself.
    const back = Date.UTC(2025, 10, 2, 10); // 02:00 AKDT on 2 November falls back.
    expect(zoneOffsetMinutes(AK, back)).toBe(-540);
    expect(zoneOffsetMinutes(AK, back - 60_000)).toBe(-480);
  });

  it('gives the calendar day of the zone, not of UTC', () => {
    // 23:30 AKDT on 15 August is already the 16th in UTC and in Moscow.
    const lateEvening = Date.UTC(2025, 7, 16, 7, 30);
    expect(dayKey(lateEvening, AK)).toBe('2025-08-15');
    expect(dayKey(lateEvening, 'UTC')).toBe('2025-08-16');
    expect(dayKey(lateEvening, 'Europe/Moscow')).toBe('2025-08-16');
    // Kolkata's half hour: 23:59 IST on 31 December, 18:29 UTC.
    expect(dayKey(Date.UTC(2025, 11, 31, 18, 29), 'Asia/Kolkata')).toBe('2025-12-31');
    expect(dayKey(Date.UTC(2025, 11, 31, 18, 30), 'Asia/Kolkata')).toBe('2026-01-01');
    expect(dayKey(Date.UTC(1942, 0, 5, 12), AK)).toBe('1942-01-05');
  });

  it('names the zones with their usual abbreviations', () => {
    expect(zoneAbbreviation(AK, landing)).toBe('AKDT');
    expect(zoneAbbreviation('Europe/Moscow', landing)).toBe('MSK');
    expect(zoneAbbreviation('UTC', landing)).toBe('UTC');
  });

  it('formats clock times on a 24-hour clock', () => {
    expect(formatClock(event('trump-departs').startMs, AK)).toBe('16:20');
  });

  it('resolves story, UTC and IANA choices', () => {
    expect(resolveZone('story', story)).toBe(AK);
    expect(resolveZone('UTC', story)).toBe('UTC');
    expect(resolveZone('Europe/Moscow', story)).toBe('Europe/Moscow');
    expect(resolveZone('local', story)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
