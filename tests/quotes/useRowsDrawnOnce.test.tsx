import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type RowRange, useRowsDrawnOnce } from '../../src/quotes/useRowsDrawnOnce';

/** Every range the hook returned, in order, as the list re-rendered. */
function watch(rows: readonly unknown[]) {
  const seen: RowRange[] = [];
  const hook = renderHook(
    ({ list }) => {
      const range = useRowsDrawnOnce(list);
      const last = seen.at(-1);
      if (!last || last[0] !== range[0] || last[1] !== range[1]) seen.push(range);
      return range;
    },
    { initialProps: { list: rows } },
  );
  return { seen, hook };
}

const drawnRows = (ranges: readonly RowRange[]) =>
  ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i));

describe('useRowsDrawnOnce (the quote rows that skip layout out of view)', () => {
  it('draws every row exactly once, a few at a time, then none', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => i);
    const { seen } = watch(rows);
    expect(seen[0]).toEqual([0, 0]);
    await waitFor(() => expect(drawnRows(seen)).toHaveLength(10), { timeout: 5000 });
    await waitFor(() => expect(seen.at(-1)).toEqual([0, 0]));
    expect(drawnRows(seen)).toEqual(rows);
    // Never the whole list in one frame: that is the layout it exists to spread out.
    for (const [from, to] of seen) expect(to - from).toBeLessThanOrEqual(4);
  });

  it('walks a new list (a speaker filter) again from its first row', async () => {
    const { seen, hook } = watch(['a', 'b', 'c', 'd', 'e']);
    await waitFor(() => expect(drawnRows(seen)).toHaveLength(5), { timeout: 5000 });
    seen.length = 0;
    hook.rerender({ list: ['c', 'e'] });
    await waitFor(() => expect(seen.some(([from, to]) => from === 0 && to === 2)).toBe(true), {
      timeout: 5000,
    });
    await waitFor(() => expect(seen.at(-1)).toEqual([0, 0]));
  });
});
