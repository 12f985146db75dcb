import { describe, expect, it } from 'vitest';
import { type Box, coveredLabels, sweptRight } from '../../src/timeline/playheadCover';

const box = (left: number, right: number, top = 0, bottom = 12): Box => ({
  left,
  right,
  top,
  bottom,
});

describe('coveredLabels', () => {
  // The playhead's time at 10:40, 51 px wide, over the hour labels 10:00, 11:00 and 12:00.
  const head = box(300, 351);
  const labels = [box(240, 272), box(325, 357), box(390, 422)];

  it('covers the labels its box overlaps, and only those', () => {
    expect(coveredLabels([head], labels)).toEqual([false, true, false]);
  });

  it('covers a label closer than the gap, not one beyond it', () => {
    expect(coveredLabels([head], [box(352, 380)])).toEqual([true]);
    expect(coveredLabels([head], [box(354, 380)])).toEqual([false]);
    expect(coveredLabels([head], [box(270, 298.5)], 2)).toEqual([true]);
    expect(coveredLabels([head], [box(270, 298.5)], 0)).toEqual([false]);
  });

  it('covers only the labels of its own row: the boxes must share height', () => {
    const secondRow = box(325, 357, 24, 36);
    expect(coveredLabels([head], [secondRow])).toEqual([false]);
    expect(coveredLabels([head, box(300, 351, 24, 36)], [secondRow])).toEqual([true]);
  });

  it('never covers an empty label', () => {
    expect(coveredLabels([head], [box(320, 320)])).toEqual([false]);
  });
});

describe('sweptRight', () => {
  it('stretches a box to where it will be, forward only', () => {
    expect(sweptRight(box(300, 351), 10)).toEqual(box(300, 361));
    expect(sweptRight(box(300, 351), 0)).toEqual(box(300, 351));
    expect(sweptRight(box(300, 351), -10)).toEqual(box(300, 351));
  });

  it('keeps every side of a DOMRect, whose sides are getters', () => {
    expect(sweptRight(new DOMRect(300, 0, 51, 12), 10)).toEqual(box(300, 361));
  });
});
