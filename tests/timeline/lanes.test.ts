import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Extent, type LaneItem, packLanes } from '../../src/timeline/lanes';

const item = (
  key: string,
  from: number,
  markWidth: number,
  labelWidth: number,
  pinned = false,
): LaneItem => ({
  key,
  bare: [from, from + markWidth],
  labelled: [from, from + markWidth + labelWidth],
  pinned,
});

const itemsArbitrary = fc
  .array(
    fc.record({
      from: fc.integer({ min: 0, max: 800 }),
      mark: fc.integer({ min: 1, max: 60 }),
      label: fc.integer({ min: 0, max: 120 }),
      pinned: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
    }),
    { maxLength: 80 },
  )
  .map((drafts) =>
    drafts
      .sort((a, b) => a.from - b.from)
      .map((d, i) => item(`i${i}`, d.from, d.mark, d.label, d.pinned)),
  );

describe('packLanes', () => {
  it('never lets two unpinned marks in a lane come closer than the gap', () => {
    fc.assert(
      fc.property(itemsArbitrary, fc.integer({ min: 1, max: 6 }), (items, lanes) => {
        const { placed } = packLanes(items, lanes, 3);
        const byKey = new Map(items.map((i) => [i.key, i]));
        const extents: Extent[][] = Array.from({ length: lanes }, () => []);
        for (const p of placed) {
          const it = byKey.get(p.key)!;
          if (!it.pinned) extents[p.lane]!.push(it.bare);
        }
        for (const lane of extents) {
          lane.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < lane.length; i++)
            expect(lane[i]![0]).toBeGreaterThanOrEqual(lane[i - 1]![1] + 3);
        }
      }),
    );
  });

  it('says "labelled" only of an item whose whole label was clear of what came before it', () => {
    fc.assert(
      fc.property(itemsArbitrary, fc.integer({ min: 1, max: 6 }), (items, lanes) => {
        const { placed } = packLanes(items, lanes, 3);
        const inLane = new Map<number, number>();
        for (const p of [...placed].sort((a, b) => a.index - b.index)) {
          const it = items[p.index]!;
          if (it.pinned) continue;
          if (p.labelled)
            expect(it.labelled![0]).toBeGreaterThanOrEqual((inLane.get(p.lane) ?? -Infinity) + 3);
          const reach = (it.labelled ?? it.bare)[1];
          inLane.set(p.lane, Math.max(inLane.get(p.lane) ?? -Infinity, reach));
        }
      }),
    );
  });

  it('places or overflows every item exactly once, and never overflows a pinned one', () => {
    fc.assert(
      fc.property(itemsArbitrary, fc.integer({ min: 1, max: 6 }), (items, lanes) => {
        const { placed, overflow } = packLanes(items, lanes, 3);
        const keys = [...placed.map((p) => p.key), ...overflow.map((i) => items[i]!.key)].sort();
        expect(keys).toEqual(items.map((i) => i.key).sort());
        items.forEach((item, i) => {
          if (item.pinned) expect(overflow).not.toContain(i);
        });
        for (const p of placed) expect(p.lane).toBeLessThan(lanes);
      }),
    );
  });

  it('puts a mark where the label it cuts short keeps at least its first word', () => {
    const a = { key: 'a', bare: [0, 10], labelled: [0, 200], least: 60 } as const;
    const b = { key: 'b', bare: [20, 30], labelled: [20, 150], least: 140 } as const;
    const n = { key: 'n', bare: [100, 110], labelled: [100, 300], least: 160 } as const;
    const { placed } = packLanes([a, b, n], 2, 2);
    expect(placed.map((p) => [p.key, p.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['n', 0],
    ]);
  });

  it('keeps a mark without its label when only the mark fits', () => {
    const { placed } = packLanes([item('a', 0, 10, 100), item('pinned', 100, 10, 0, true)], 1, 2);
    expect(placed).toEqual([
      { key: 'a', index: 0, lane: 0, labelled: false },
      { key: 'pinned', index: 1, lane: 0, labelled: true },
    ]);
  });

  it('prefers a lower lane with the label over the top lane without it', () => {
    const { placed } = packLanes([item('a', 0, 10, 100), item('b', 50, 10, 100)], 2, 2);
    expect(placed.map((p) => [p.key, p.lane, p.labelled])).toEqual([
      ['a', 0, true],
      ['b', 1, true],
    ]);
  });

  it('overflows items once every lane is taken', () => {
    const items = [0, 1, 2, 3].map((i) => item(`i${i}`, i, 10, 0));
    const { placed, overflow } = packLanes(items, 2, 2);
    expect(placed.map((p) => p.key)).toEqual(['i0', 'i1']);
    expect(overflow).toEqual([2, 3]);
  });

  it('places a pinned item even in a crowd, and packs the others around it', () => {
    const items = [item('a', 0, 10, 0), item('b', 5, 10, 0), item('c', 6, 10, 0, true)];
    const { placed, overflow } = packLanes(items, 1, 2);
    expect(placed).toEqual([{ key: 'c', index: 2, lane: 0, labelled: true }]);
    expect(overflow).toEqual([0, 1]);
  });
});
