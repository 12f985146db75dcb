import { describe, expect, it } from 'vitest';
import {
  formatEventTime,
  resolveZone,
  zoneAbbreviation,
  zoneOffsetMinutes,
} from '../../src/story/zone';
import { miniStory } from '../fixtures/mini-story';

describe('zones', () => {
  const story = miniStory();
  const talks = story.eventById.get('talks')!;

  it('zoneOffsetMinutes knows AKDT and MSK on the summit day', () => {
    expect(zoneOffsetMinutes('America/Anchorage', talks.startMs)).toBe(-480);
    expect(zoneOffsetMinutes('Europe/Moscow', talks.startMs)).toBe(180);
    expect(zoneOffsetMinutes('Asia/Kolkata', talks.startMs)).toBe(330);
  });

  it('resolveZone maps story, UTC and IANA names', () => {
    expect(resolveZone('story', story)).toBe('America/Anchorage');
    expect(resolveZone('UTC', story)).toBe('UTC');
    expect(resolveZone('Europe/Moscow', story)).toBe('Europe/Moscow');
  });

  it('formatEventTime relabels the same moment in another zone', () => {
    expect(formatEventTime(talks, 'America/Anchorage', '2025-08-15')).toBe('≈ 11:30–14:15 AKDT');
    expect(formatEventTime(talks, 'Europe/Moscow', '2025-08-15')).toBe(
      '≈ 22:30–16 Aug 2025, 01:15 MSK',
    );
    expect(zoneAbbreviation('UTC', talks.startMs)).toBe('UTC');
  });

  it('an order-only time is never shown as exact', () => {
    const next = story.eventById.get('next')!;
    expect(formatEventTime(next, 'America/Anchorage', '2025-08-15')).toMatch(/^15 Sept? 2025, ≈ /);
  });
});
