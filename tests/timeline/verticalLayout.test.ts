import { describe, expect, it } from 'vitest';
import { markLabel } from '../../src/timeline/labels';
import { estimateTextWidth } from '../../src/timeline/textWidth';
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
