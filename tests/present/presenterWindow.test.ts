import { describe, expect, it } from 'vitest';
import { presenterUrl } from '../../src/present/presenterWindow';

describe('presenterUrl', () => {
  it('keeps the story and the time zone, adds presenter=1 and the 1-based stop', () => {
    expect(
      presenterUrl(
        'https://example.org/dayline/?data=https://x.org/s.json&tz=UTC&present=1&step=4&select=event:talks#top',
        3,
      ),
    ).toBe('https://example.org/dayline/?data=https://x.org/s.json&tz=UTC&presenter=1&step=4');
  });

  it('drops embed settings: the presenter view is a window of its own', () => {
    expect(presenterUrl('https://example.org/?embed=1&origin=https://host.org&present=1', 0)).toBe(
      'https://example.org/?presenter=1&step=1',
    );
  });
});
