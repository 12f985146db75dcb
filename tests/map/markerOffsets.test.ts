import { describe, expect, test, vi } from 'vitest';
import { createMarkerOffsets } from '../../src/map/markerOffsets';
import { NO_OFFSET } from '../../src/map/spreadMarkers';

describe('createMarkerOffsets', () => {
  test('offsetOf() is NO_OFFSET for a marker it was never told about', () => {
    expect(createMarkerOffsets().offsetOf('moscow')).toBe(NO_OFFSET);
  });

  test('set() tells only the markers whose offset changed', () => {
    const offsets = createMarkerOffsets();
    const kyiv = vi.fn();
    const moscow = vi.fn();
    offsets.subscribe('kyiv', kyiv);
    offsets.subscribe('moscow', moscow);
    offsets.set(new Map([['kyiv', { x: 0, y: 32 }]]));
    expect(kyiv).toHaveBeenCalledTimes(1);
    expect(moscow).not.toHaveBeenCalled();
    offsets.set(
      new Map([
        ['kyiv', { x: 0, y: 32 }],
        ['moscow', NO_OFFSET],
      ]),
    );
    expect(kyiv).toHaveBeenCalledTimes(1);
    expect(moscow).not.toHaveBeenCalled();
    offsets.set(new Map());
    expect(kyiv).toHaveBeenCalledTimes(2);
    expect(offsets.offsetOf('kyiv')).toBe(NO_OFFSET);
  });

  test('offsetOf() keeps the same object while the offset is the same', () => {
    const offsets = createMarkerOffsets();
    offsets.set(new Map([['kyiv', { x: -20, y: 25 }]]));
    const first = offsets.offsetOf('kyiv');
    offsets.set(new Map([['kyiv', { x: -20, y: 25 }]]));
    expect(offsets.offsetOf('kyiv')).toBe(first);
    expect(first).toEqual({ x: -20, y: 25 });
  });

  test('a marker that unsubscribed hears nothing more', () => {
    const offsets = createMarkerOffsets();
    const kyiv = vi.fn();
    const stop = offsets.subscribe('kyiv', kyiv);
    stop();
    offsets.set(new Map([['kyiv', { x: 0, y: 32 }]]));
    expect(kyiv).not.toHaveBeenCalled();
  });
});
