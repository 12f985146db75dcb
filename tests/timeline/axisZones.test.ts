import { describe, expect, it } from 'vitest';
import { axisZones } from '../../src/timeline/axisZones';

const story = { timezone: 'America/Anchorage', secondTimezone: 'Europe/Moscow' };

describe('axisZones', () => {
  it('puts the story zone first and the second zone on the second row', () => {
    expect(axisZones('story', story)).toEqual({
      primary: 'America/Anchorage',
      secondary: 'Europe/Moscow',
    });
  });

  it('shows the story zone on the second row when the reader chose the second zone', () => {
    expect(axisZones('Europe/Moscow', story)).toEqual({
      primary: 'Europe/Moscow',
      secondary: 'America/Anchorage',
    });
  });

  it('keeps the second zone beside UTC', () => {
    expect(axisZones('UTC', story)).toEqual({ primary: 'UTC', secondary: 'Europe/Moscow' });
  });

  it('falls back to the story zone, then UTC, for stories without a second zone', () => {
    const single = { timezone: 'America/Anchorage' };
    expect(axisZones('UTC', single)).toEqual({ primary: 'UTC', secondary: 'America/Anchorage' });
    expect(axisZones('story', single)).toEqual({ primary: 'America/Anchorage', secondary: 'UTC' });
    expect(axisZones('story', { timezone: 'UTC' })).toEqual({ primary: 'UTC', secondary: null });
  });
});
