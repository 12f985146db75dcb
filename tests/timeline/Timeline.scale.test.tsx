import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatedStory } from './generatedStory';
import {
  focusedEventId,
  preferReducedMotion,
  renderTimeline,
  timelineRegion,
} from './timelineTestKit';

const story = generatedStory(10_000);
const renderedItems = () => timelineRegion().querySelectorAll('[data-event-id]').length;
const badges = () => screen.queryAllByRole('button', { name: /^\d+ more events?,/ });
const countOf = (badge: HTMLElement) =>
  Number(/^(\d+)/.exec(badge.getAttribute('aria-label') ?? '')?.[1]);

describe('Timeline with 10,000 events', () => {
  let restoreMotion: () => void;
  beforeEach(() => {
    restoreMotion = preferReducedMotion();
  });
  afterEach(() => restoreMotion());

  it('draws a bounded number of items and counts every other event in badges', () => {
    renderTimeline({ story });
    expect(renderedItems()).toBeLessThan(600);
    const counted = badges().reduce((n, b) => n + countOf(b), 0);
    expect(renderedItems() + counted).toBe(story.events.length);
  });

  it('keyboard navigation still walks crowded events one by one and reaches the last', async () => {
    const user = userEvent.setup();
    renderTimeline({ story });
    await user.tab();
    expect(focusedEventId()).toBe(story.events[0]!.id);
    for (let i = 1; i <= 12; i++) {
      await user.keyboard('{ArrowRight}');
      expect(focusedEventId()).toBe(story.events[i]!.id);
    }
    await user.keyboard('{End}');
    expect(focusedEventId()).toBe(story.events.at(-1)!.id);
    await user.keyboard('{ArrowLeft}');
    expect(focusedEventId()).toBe(story.events.at(-2)!.id);
    expect(renderedItems()).toBeLessThan(600);
  });

  it('a badge zooms in on its events, where fewer of them are crowded together', async () => {
    const user = userEvent.setup();
    renderTimeline({ story });
    const before = badges().length;
    const badge = badges()[Math.floor(before / 2)]!;
    const crowdBefore = countOf(badge);
    await user.click(badge);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
    const largest = Math.max(0, ...badges().map(countOf));
    expect(largest).toBeLessThan(crowdBefore);
    expect(renderedItems()).toBeLessThan(600);
  });

  it('a selection made elsewhere brings its event into view, drawn even in a crowd', () => {
    const { store } = renderTimeline({ story });
    const target = story.events[Math.floor(story.events.length / 2)]!;
    act(() => store.set({ selection: { kind: 'event', id: target.id } }));
    const mark = timelineRegion().querySelector(`[data-event-id="${target.id}"]`);
    expect(mark).toHaveAttribute('data-state', 'selected');
  });
});
