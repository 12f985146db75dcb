import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERTICAL_WINDOW_FROM } from '../../src/timeline/VerticalDay';
import { miniStory } from '../fixtures/mini-story';
import { generatedStory } from './generatedStory';
import {
  eventStates,
  focusedEventId,
  item,
  renderTimeline,
  timelineRegion,
} from './timelineTestKit';

const story = miniStory();
const dayIds = story.events.filter((e) => !e.context).map((e) => e.id);
let width = 0;

describe('Timeline below 640 px: the day runs down the screen', () => {
  beforeEach(() => {
    // jsdom lays nothing out: the timeline takes the window's width until it is measured.
    width = window.innerWidth;
    window.innerWidth = 375;
  });
  afterEach(() => {
    window.innerWidth = width;
  });

  it('names every event of the day in a row of its own, with the DOM contract', () => {
    renderTimeline();
    const root = timelineRegion();
    expect(root.querySelector('.timeline--vertical, .timeline__plot--vertical')).not.toBeNull();
    expect(eventStates(root).every(([, state]) => state === 'idle')).toBe(true);
    for (const id of dayIds) {
      const label = root.querySelector(`[data-label-for="${id}"]`);
      const title = story.eventById.get(id)!.title;
      expect(label?.textContent?.replace(/^≈ /, '')).toBe(title);
      expect(label?.closest('[data-event-id]')?.getAttribute('data-event-id')).toBe(id);
    }
    expect(item('Talks')).toHaveAccessibleName(/^Talks, /);
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull();
  });

  it('Down and Up walk the events like Right and Left; Enter selects', async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    const order = story.events.map((e) => e.id);
    await user.tab();
    const first = focusedEventId();
    await user.keyboard('{ArrowDown}');
    expect(focusedEventId()).toBe(order[order.indexOf(first!) + 1]);
    await user.keyboard('{ArrowUp}');
    expect(focusedEventId()).toBe(first);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(store.get().selection).toEqual({ kind: 'event', id: order[order.indexOf(first!) + 1] });
    expect(within(timelineRegion()).getAllByRole('button', { current: true })).toHaveLength(1);
  });

  it('a long day draws only the rows near the screen, and follows the scroll', async () => {
    const big = generatedStory(2000);
    const user = userEvent.setup();
    renderTimeline({ story: big });
    const root = timelineRegion();
    const day = root.querySelector<HTMLElement>('.tl-vday');
    expect(day).not.toBeNull();
    const shown = () =>
      [...root.querySelectorAll('.tl-vrow')].map((e) => e.getAttribute('data-event-id'));
    const first = shown();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(VERTICAL_WINDOW_FROM);
    // jsdom lays nothing out: the day "scrolls" by its box moving up the screen.
    const height = Number.parseFloat(day!.style.height);
    day!.getBoundingClientRect = () =>
      DOMRect.fromRect({ x: 0, y: -height / 2, width: 375, height });
    await act(async () => {
      fireEvent.scroll(window);
      await new Promise((done) => requestAnimationFrame(() => done(null)));
    });
    const later = shown();
    expect(later.length).toBeLessThan(VERTICAL_WINDOW_FROM);
    expect(later.some((id) => first.includes(id))).toBe(false);
    // Keyboard moves still reach rows that were not drawn: the tab stop is always in the DOM.
    await user.tab();
    const at = focusedEventId();
    expect(at).not.toBeNull();
    await user.keyboard('{End}');
    expect(focusedEventId()).toBe(big.events.at(-1)?.id);
  });
  it('shows a playhead down the day once it has a time, moved by Down and Up, Page Down and Page Up', async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline({ state: { t: '2025-08-15T12:00:00-08:00' } });
    const root = timelineRegion();
    const head = within(root).getByRole('slider', { name: /playhead/i });
    expect(head.closest('.tl-vday')).not.toBeNull();
    expect(head.getAttribute('aria-orientation')).toBe('vertical');
    expect(head.getAttribute('data-t')).toBe('2025-08-15T12:00:00-08:00');
    expect(head).toHaveAttribute('aria-valuetext', '12:00 AKDT');
    expect(head.closest('.tl-vplayhead')?.classList.contains('tl-vplayhead--unset')).toBe(false);
    const y = (el: Element | null | undefined) =>
      Number(/translate\(0, ([\d.]+)px\)/.exec((el as HTMLElement).style.transform)?.[1]);
    const atNoon = y(head.closest('.tl-vplayhead'));
    head.focus();
    await user.keyboard('{ArrowDown}');
    expect(store.get().t).toBe('2025-08-15T12:05:00-08:00');
    expect(y(head.closest('.tl-vplayhead'))).toBeGreaterThan(atNoon);
    await user.keyboard('{PageUp}');
    expect(store.get().t).toBe('2025-08-15T11:05:00-08:00');
    await user.keyboard('{ArrowUp}');
    expect(store.get().t).toBe('2025-08-15T11:00:00-08:00');
    expect(head.getAttribute('data-t')).toBe('2025-08-15T11:00:00-08:00');
    expect(y(head.closest('.tl-vplayhead'))).toBeLessThan(atNoon);
    // The keys move the playhead, not the focus through the events.
    expect(document.activeElement).toBe(head);
  });

  it('shows no playhead before the day has a time', () => {
    renderTimeline();
    const head = within(timelineRegion()).getByRole('slider', { hidden: true });
    expect(head.closest('.tl-vplayhead')?.classList.contains('tl-vplayhead--unset')).toBe(true);
  });
});
