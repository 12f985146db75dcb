import { describe, expect, it } from 'vitest';
import { playheadKeyTarget, sliderValue } from '../../src/timeline/playheadControl';

const MIN = 60_000;
const range = [0, 600 * MIN] as const;
const now = 300 * MIN;

describe('playheadKeyTarget: the keys move the line the way it runs on screen', () => {
  it('across the wide timeline: Right and Page Up go later, Left and Page Down earlier', () => {
    expect(playheadKeyTarget('ArrowRight', now, range, 'across')).toBe(now + 5 * MIN);
    expect(playheadKeyTarget('ArrowLeft', now, range, 'across')).toBe(now - 5 * MIN);
    expect(playheadKeyTarget('PageUp', now, range, 'across')).toBe(now + 60 * MIN);
    expect(playheadKeyTarget('PageDown', now, range, 'across')).toBe(now - 60 * MIN);
    expect(playheadKeyTarget('ArrowDown', now, range, 'across')).toBeNull();
  });

  it('down the vertical day: Down and Page Down go later, Up and Page Up earlier; Left and Right still work', () => {
    expect(playheadKeyTarget('ArrowDown', now, range, 'down')).toBe(now + 5 * MIN);
    expect(playheadKeyTarget('ArrowUp', now, range, 'down')).toBe(now - 5 * MIN);
    expect(playheadKeyTarget('PageDown', now, range, 'down')).toBe(now + 60 * MIN);
    expect(playheadKeyTarget('PageUp', now, range, 'down')).toBe(now - 60 * MIN);
    expect(playheadKeyTarget('ArrowRight', now, range, 'down')).toBe(now + 5 * MIN);
    expect(playheadKeyTarget('ArrowLeft', now, range, 'down')).toBe(now - 5 * MIN);
  });

  it('Home and End go to the ends of the day; other keys are left alone', () => {
    for (const axis of ['across', 'down'] as const) {
      expect(playheadKeyTarget('Home', now, range, axis)).toBe(0);
      expect(playheadKeyTarget('End', now, range, axis)).toBe(600 * MIN);
      expect(playheadKeyTarget('a', now, range, axis)).toBeNull();
    }
  });

  it('sliderValue gives minutes from the start and the clock time in the zone', () => {
    const at = Date.parse('2025-08-15T14:30:00-08:00');
    expect(sliderValue(at, at - 90 * MIN, 'America/Anchorage')).toEqual({
      now: 90,
      text: '14:30 AKDT',
    });
  });
});
