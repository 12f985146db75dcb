import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../src/story/types';
import { buildTimelineIndex } from '../../src/timeline/eventIndex';
import type { Extent } from '../../src/timeline/lanes';
import { timelineMetrics } from '../../src/timeline/metrics';
import { useTimelineLayout } from '../../src/timeline/useTimelineLayout';
import { baseDomain } from '../../src/timeline/zoomMath';
import { generatedStory } from './generatedStory';

const story = generatedStory(2000);
const index = buildTimelineIndex(story);
const domain = baseDomain(story.dayExtent);
const plot: Extent = [60, 900];
const metrics = timelineMetrics(16, 184, true);

function layoutWith(pinnedId: string | null) {
  const selection = pinnedId ? { kind: 'event' as const, id: pinnedId } : null;
  return { story, index, domain, plot, metrics, tabStopId: null, selection };
}

function renderLayout() {
  const hook = renderHook((input) => useTimelineLayout(input), { initialProps: layoutWith(null) });
  const first = hook.result.current;
  const drawn = new Set(first.marks.map((m) => m.event.id));
  const crowded = first.clusters.flatMap((c) => c.events as StoryEvent[])[0];
  return { ...hook, first, drawn, crowded };
}

describe('useTimelineLayout', () => {
  it('keeps every mark in its lane when the selected event is already drawn as a mark', () => {
    const { result, rerender, first } = renderLayout();
    const shown = first.marks[0]?.event.id ?? null;
    rerender(layoutWith(shown));
    // Only the labels are placed again (the selected one first); marks and badges stay.
    expect(result.current.clusters).toBe(first.clusters);
    const lanes = (layout: typeof first) => layout.marks.map((m) => [m.event.id, m.y]);
    expect(lanes(result.current)).toEqual(lanes(first));
    expect(result.current.marks.find((m) => m.event.id === shown)?.raised).toBe(true);
  });

  it('lays out again to draw a selected event that was in a crowd', () => {
    const { result, rerender, first, drawn, crowded } = renderLayout();
    expect(crowded && drawn.has(crowded.id)).toBe(false);
    rerender(layoutWith(crowded?.id ?? null));
    expect(result.current).not.toBe(first);
    expect(result.current.marks.some((m) => m.event.id === crowded?.id)).toBe(true);
  });
});
