import { describe, expect, it } from 'vitest';
import { markLabel } from '../../src/timeline/labels';
import { estimateTextWidth } from '../../src/timeline/textWidth';
import { timeAtY } from '../../src/timeline/VerticalPlayhead';
import { layoutVerticalDay, MIN_ROW_PX } from '../../src/timeline/verticalLayout';
import { generatedStory } from './generatedStory';

const story = generatedStory(60);
const events = story.events.filter((e) => !e.context);
const layout = layoutVerticalDay({
  events,
  zones: { primary: 'America/Anchorage', secondary: 'Europe/Moscow' },
  width: 360,
  em: 16,
  measure: (text) => estimateTextWidth(text, 14),
  title: markLabel,
});

describe('layoutVerticalDay', () => {
  it('gives every event one row, in time order, each a target of at least 28 px', () => {
    expect(layout.rows.map((r) => r.event.id)).toEqual(
      [...events].sort((a, b) => a.order - b.order).map((e) => e.id),
    );
    for (const row of layout.rows) expect(row.height).toBeGreaterThanOrEqual(MIN_ROW_PX);
  });

  it('never lets two rows overlap, and keeps each dot level with its row', () => {
    for (let i = 1; i < layout.rows.length; i++) {
      const [a, b] = [layout.rows[i - 1]!, layout.rows[i]!];
      expect(b.top).toBeGreaterThanOrEqual(a.top + a.height);
    }
    for (const row of layout.rows) expect(row.y1).toBeCloseTo(row.top + row.height / 2);
  });

  it('keeps time in order down the axis: hour lines and spans only ever go down', () => {
    for (let i = 1; i < layout.ticks.length; i++) {
      expect(layout.ticks[i]!.y).toBeGreaterThan(layout.ticks[i - 1]!.y);
    }
    for (const row of layout.rows) expect(row.y2).toBeGreaterThanOrEqual(row.y1);
    expect(layout.ticks[0]!.secondary).not.toBeNull();
    expect(layout.height).toBeGreaterThanOrEqual(
      layout.rows.at(-1)!.top + layout.rows.at(-1)!.height,
    );
  });
});

describe('the vertical day’s time axis (where its playhead goes)', () => {
  it('puts each event’s start level with its dot (the last of those starting then), and only ever goes down', () => {
    for (const row of layout.rows) {
      const last = layout.rows.findLast((r) => r.event.startMs === row.event.startMs)!;
      expect(layout.timeY(row.event.startMs)).toBeCloseTo(last.y1);
    }
    const first = layout.rows[0]!.event.startMs;
    const last = layout.rows.at(-1)!.event.endMs;
    let y = layout.timeY(first - 3_600_000);
    for (let t = first - 3_600_000; t <= last + 3_600_000; t += 60_000) {
      expect(layout.timeY(t)).toBeGreaterThanOrEqual(y);
      y = layout.timeY(t);
    }
  });

  it('reads a time back from a place on the axis, to the second', () => {
    const range = [
      layout.rows[0]!.event.startMs - 2_400_000,
      layout.rows.at(-1)!.event.endMs,
    ] as const;
    for (const row of layout.rows.slice(0, 20)) {
      const t = row.event.startMs + 7 * 60_000;
      if (t > range[1]) continue;
      // Between two dots the axis is one straight stretch: its place gives the time back.
      const next = layout.rows.find((r) => r.event.startMs > t);
      if (next && next.y1 - layout.timeY(t) < 1) continue;
      expect(Math.abs(timeAtY(layout, layout.timeY(t), range) - t)).toBeLessThanOrEqual(1000);
    }
    expect(timeAtY(layout, -1e6, range)).toBe(range[0]);
    expect(timeAtY(layout, 1e9, range)).toBe(range[1]);
  });
});
