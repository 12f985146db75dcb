import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { Timeline } from '../../src/timeline/Timeline';
import { renderWithStory } from '../fixtures/render';

/** Renders the timeline inside the story and store contexts, as the shell does. */
export function renderTimeline(options?: Parameters<typeof renderWithStory>[1]) {
  return renderWithStory(<Timeline />, options);
}

/** The timeline's root, found by its role and name. */
export const timelineRegion = () => screen.getByRole('region', { name: 'Timeline' });

/** Every rendered event item (marks and chips), as `[id, data-state]`. */
export function eventStates(root: HTMLElement = timelineRegion()): [string, string | null][] {
  return [...root.querySelectorAll('[data-event-id]')].map((e) => [
    e.getAttribute('data-event-id') ?? '',
    e.getAttribute('data-state'),
  ]);
}

/** The event id of the focused item, or `null`. */
export const focusedEventId = () =>
  document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;

/** The item of an event, found by the start of its accessible name. */
export const item = (title: string) =>
  within(timelineRegion()).getByRole('button', { name: new RegExp(`^${title},`) });

/** Makes `prefers-reduced-motion: reduce` match, so the timeline jumps instead of gliding. */
export function preferReducedMotion() {
  const original = window.matchMedia;
  window.matchMedia = vi.fn((query: string) => ({
    ...original(query),
    matches: query.includes('reduced-motion'),
  })) as typeof window.matchMedia;
  return () => {
    window.matchMedia = original;
  };
}
