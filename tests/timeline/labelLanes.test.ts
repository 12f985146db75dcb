import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../src/story/types';
import { type LaneMark, labelLanes } from '../../src/timeline/labelLanes';
import { shortenToWidth } from '../../src/timeline/labels';
import type { Extent } from '../../src/timeline/lanes';
import { timelineMetrics } from '../../src/timeline/metrics';

const m = timelineMetrics(16, 184, true);
const plot: Extent = [60, 700];
const WORDS = ['Air', 'Force', 'One', 'lands', 'at', 'the', 'summit', 'talks', 'Magadan'];

const marksArbitrary = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 760 }),
      length: fc.integer({ min: 0, max: 120 }),
      lane: fc.integer({ min: 0, max: 2 }),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
    }),
    { maxLength: 40 },
  )
  .map((drafts) => {
    // Marks in one lane never overlap (the packer guarantees it): drop the ones that would.
    const ends = [-Infinity, -Infinity, -Infinity];
    const marks: LaneMark[] = [];
    drafts
      .sort((a, b) => a.x - b.x)
      .forEach((d, i) => {
        const bare: Extent = [d.x, d.x + Math.max(8, d.length)];
        if (bare[0] < ends[d.lane]! + m.itemGap) return;
        ends[d.lane] = bare[1];
        const shape = d.length > 0 ? 'span' : 'instant';
        marks.push({
          event: { id: `e${i}`, order: i } as StoryEvent,
          geometry: { shape, certainty: 'exact', x: bare[0], x2: bare[1], whisker: null },
          lane: d.lane,
          bare,
          title: d.words.join(' '),
        });
      });
    return marks;
  });

describe('labelLanes', () => {
  it('never lets two labels of a lane overlap, nor a label leave the plot, nor cut a word', () => {
    fc.assert(
      fc.property(marksArbitrary, fc.integer({ min: 0, max: 3 }), (marks, raised) => {
        const priority = marks.slice(0, raised).map((mark) => mark.event.id);
        const places = labelLanes(marks, priority, plot, m);
        const byLane = new Map<number, Extent[]>();
        places.forEach((place, i) => {
          if (!place) return;
          const title = marks[i]!.title!;
          expect(place.extent[0]).toBeGreaterThanOrEqual(plot[0] - 1e-6);
          expect(place.extent[1]).toBeLessThanOrEqual(plot[1] + 1e-6);
          const whole = place.text === title;
          const cut = place.text.endsWith('…') && title.startsWith(place.text.slice(0, -1));
          expect(whole || (cut && title[place.text.length - 1] === ' ')).toBe(true);
          const list = byLane.get(marks[i]!.lane) ?? [];
          list.push(place.extent);
          byLane.set(marks[i]!.lane, list);
        });
        for (const list of byLane.values()) {
          list.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < list.length; i++)
            expect(list[i]![0]).toBeGreaterThanOrEqual(list[i - 1]![1]);
        }
      }),
    );
  });

  it('gives the selected event its whole label even where its neighbours leave no room', () => {
    const at = (id: string, x: number): LaneMark => ({
      event: { id, order: x } as StoryEvent,
      geometry: { shape: 'instant', certainty: 'exact', x, x2: x, whisker: null },
      lane: 0,
      bare: [x - 6, x + 6],
      title: 'Statements to the press',
    });
    const crowd = [at('a', 100), at('b', 130), at('c', 160), at('d', 190)];
    const plain = labelLanes(crowd, [], plot, m);
    expect(plain[1]).toBeNull();
    const raised = labelLanes(crowd, ['b'], plot, m);
    expect(raised[1]?.text).toBe('Statements to the press');
  });
});

describe('shortenToWidth', () => {
  const measure = (text: string) => text.length * 6;
  it('keeps what fits, cuts after a whole word with …, and never leaves only the ≈', () => {
    expect(shortenToWidth('≈ Air Force One lands', 200, measure)).toBe('≈ Air Force One lands');
    expect(shortenToWidth('≈ Air Force One lands', 80, measure)).toBe('≈ Air Force…');
    expect(shortenToWidth('≈ Air Force One lands', 20, measure)).toBeNull();
  });
});
