import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { clusterByTime } from '../../src/timeline/clusters';
import { buildTimelineIndex } from '../../src/timeline/eventIndex';
import { layoutTimeline, niceDuration } from '../../src/timeline/layout';
import { timelineMetrics } from '../../src/timeline/metrics';
import { miniStory } from '../fixtures/mini-story';
import { generatedStory } from './generatedStory';

const metrics = timelineMetrics(16, 184, true);
const plot = [58, 788] as const;

function layoutAll(story: ReturnType<typeof generatedStory>, pinnedIds: string[] = []) {
  const index = buildTimelineIndex(story);
  const domain = [story.dayExtent[0], story.dayExtent[1]] as const;
  const x = scaleLinear().domain(domain).range(plot);
  const msPerPx = (domain[1] - domain[0]) / (plot[1] - plot[0]);
  const pinned = pinnedIds.map((id) => story.eventById.get(id)!);
  return layoutTimeline({ events: index.plot, pinned, x, msPerPx, plot, metrics });
}

describe('layoutTimeline', () => {
  it('labels every mark of a sparse day and counts none in badges', () => {
    const layout = layoutAll(miniStory());
    expect(layout.marks.map((m) => [m.event.id, m.label])).toEqual([
      ['arrival', '≈ Arrival'],
      ['talks', '≈ Talks'],
      ['press', 'Press statements'],
    ]);
    expect(layout.clusters).toEqual([]);
  });

  it('draws a crowded day as a bounded number of marks plus badges that count all the others', () => {
    const story = generatedStory(10_000);
    const layout = layoutAll(story);
    expect(layout.marks.length).toBeLessThan(400);
    const counted = layout.clusters.reduce((n, c) => n + c.events.length, 0);
    expect(layout.marks.length + counted).toBe(buildTimelineIndex(story).plot.length);
    expect(layout.clusters.length).toBeLessThan((plot[1] - plot[0]) / metrics.clusterBin + 2);
  });

  it('always draws a pinned event (the selected or focused one), even in a crowd', () => {
    const story = generatedStory(10_000);
    const crowded = layoutAll(story).clusters[0]!.events[0]!;
    const layout = layoutAll(story, [crowded.id]);
    expect(layout.marks.some((m) => m.event === crowded)).toBe(true);
  });

  it('keeps marks in lanes that fit the drawing', () => {
    const layout = layoutAll(generatedStory(3000));
    for (const m of layout.marks) {
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(metrics.clusterY);
    }
  });
});

describe('clusterByTime', () => {
  it('groups events by bins aligned to round times, so panning never regroups them', () => {
    const story = generatedStory(300);
    const bin = niceDuration(12 * 60_000);
    expect(bin).toBe(15 * 60_000);
    const clusters = clusterByTime(buildTimelineIndex(story).plot, bin);
    for (const c of clusters) {
      expect(c.binStartMs % bin).toBe(0);
      for (const e of c.events) {
        expect(e.startMs).toBeGreaterThanOrEqual(c.binStartMs);
        expect(e.startMs).toBeLessThan(c.binEndMs);
      }
    }
  });
});
