import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEventTime, isApprox, precisionLabel } from '../../src/story/eventTime';
import type { StoryEvent } from '../../src/story/types';
import { formatClock, resolveZone, zoneAbbreviation, zoneOffsetMinutes } from '../../src/time/zone';
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
