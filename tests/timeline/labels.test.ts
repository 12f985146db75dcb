import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  markLabel,
  placeLabel,
  shortenToWords,
} from '../../src/timeline/labels';
import { markExtent, markGeometry } from '../../src/timeline/marks';
import { timelineMetrics } from '../../src/timeline/metrics';
import { miniStory } from '../fixtures/mini-story';

const story = miniStory();
const m = timelineMetrics(16, 184, true);

describe('shortenToWords', () => {
  it('keeps short text whole and cuts long text after a whole word, with …', () => {
    expect(shortenToWords('Talks', 10)).toBe('Talks');
    expect(shortenToWords('Putin’s plane lands from Magadan', 20)).toBe('Putin’s plane lands…');
  });

  it('gives nothing when not even the first word fits, rather than half a word', () => {
    expect(shortenToWords('Extraordinarily long', 8)).toBeNull();
  });
});

describe('markLabel', () => {
  it('starts with ≈ for times that are not exact', () => {
    expect(markLabel(story.eventById.get('arrival')!)).toBe('≈ Arrival');
    expect(markLabel(story.eventById.get('press')!)).toBe('Press statements');
  });
});

describe('placeLabel', () => {
  const press = story.eventById.get('press')!;
  const at = (px: number) => {
    const geometry = markGeometry(press, () => px, m.nominalWhisker);
    return { geometry, bare: markExtent(geometry, m.markRadius) };
  };
  const width = estimateTextWidth('Press statements', m.labelFont);

  it('puts the label right of the mark where there is room', () => {
    const { geometry, bare } = at(100);
    const place = placeLabel(geometry, bare, 'Press statements', [0, 800], m);
    expect(place.labelAnchor).toBe('start');
    expect(place.labelX).toBeGreaterThan(bare[1]);
    expect(place.labelled).toEqual([bare[0], place.labelX + width]);
  });

  it('moves the label left of a mark near the right edge', () => {
    const { geometry, bare } = at(790);
    const place = placeLabel(geometry, bare, 'Press statements', [0, 800], m);
    expect(place.labelAnchor).toBe('end');
    expect(place.labelX).toBeLessThan(bare[0]);
  });

  it('puts the label on a span’s bar when the bar is wide enough to hold it', () => {
    const talks = story.eventById.get('talks')!;
    const geometry = markGeometry(talks, (ms) => (ms - talks.startMs) / 20_000, m.nominalWhisker);
    const place = placeLabel(geometry, markExtent(geometry, m.markRadius), '≈ Talks', [0, 800], m);
    expect(place.labelInside).toBe(true);
  });
});
