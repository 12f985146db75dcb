import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cleanup, within } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventDetails } from '../../src/details/EventDetails';
import { StopCard } from '../../src/present/StopCard';
import { StopList } from '../../src/present/StopList';
import { HandoutContent } from '../../src/print/HandoutContent';
import { isTimeUnknown } from '../../src/story/build';
import { parseStory } from '../../src/story/load';
import { describeStop } from '../../src/story/stopContent';
import type { Story, StoryEvent } from '../../src/story/types';
import { formatClock, formatDate } from '../../src/time/zone';
import { EventTooltip } from '../../src/timeline/EventTooltip';
import { Timeline } from '../../src/timeline/Timeline';
import { realRaw } from '../data/real-dataset';
import { renderWithStory } from '../fixtures/render';

/**
 * Issue 11: a time may never look more exact than its source. Every order-only or undated event
 * of the summit is rendered on every surface that tells times, and none of its placeholder clock
 * times (or, for an undated one, its placeholder date) may appear, in any zone the reader picks.
 */
const land = readFileSync(
  createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'),
  'utf8',
);
beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(land, { headers: { 'content-type': 'application/json' } })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The summit, with a tour that stops at every order-only or undated event. */
function storyTouringUnknownTimes(): Story {
  const raw = realRaw();
  const unknown = raw.events.filter((e) => isTimeUnknown(e));
  raw.tour = unknown.map((e) => ({ select: `event:${e.id}`, note: `Stop at ${e.id}.` }));
  // The old tour's notes in other languages go with it (a note for a stop not made is an error).
  for (const texts of Object.values(raw.texts ?? {})) delete texts.tour;
  const result = parseStory(JSON.stringify(raw));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const story = storyTouringUnknownTimes();
const unknown = story.events.filter((e) => isTimeUnknown(e));
const ZONES = [
  { choice: 'story', zone: 'America/Anchorage' },
  { choice: 'Europe/Moscow', zone: 'Europe/Moscow' },
  { choice: 'UTC', zone: 'UTC' },
] as const;

/** What must never be shown for the event: its placeholder clock times, its date if undated. */
function placeholders(event: StoryEvent, zone: string): string[] {
  const times = [formatClock(event.startMs, zone), formatClock(event.endMs, zone)];
  // An order-only event's day is the story's; an undated one has no date at all.
  return event.precision === 'undated' ? [...times, formatDate(event.startMs, zone)] : times;
}

function expectNoPlaceholder(text: string, event: StoryEvent, zone: string, where: string) {
  for (const p of placeholders(event, zone)) {
    expect(text, `${where}: ${event.id} shows its placeholder ${p}`).not.toContain(p);
  }
  // Not in an attribute either: a <time datetime> would hand the placeholder to machines.
  expect(text, `${where}: ${event.id}`).not.toContain(event.start);
}

function TooltipHost({ eventId, zone }: { eventId: string; zone: string }) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <div ref={box}>
      <span data-event-id={eventId}>mark</span>
      <EventTooltip id="tip" eventId={eventId} zone={zone} containerRef={box} revision={0} />
    </div>
  );
}

describe('order-only and undated events never show their placeholder time', () => {
  it('the summit has order-only events and an undated one to check', () => {
    expect(unknown.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'limo-ride',
        'cemetery-visit',
        'hannity-interview',
        'briefing-calls',
        'next-meeting-moscow',
      ]),
    );
  });

  describe.each(ZONES)('in $zone', ({ choice, zone }) => {
    it.each(unknown.map((e, i) => [e.id, i] as const))(
      '%s on the tour card and in the presenter’s list',
      (_, index) => {
        const event = unknown[index]!;
        const content = describeStop(story, index, choice);
        expect(content?.title).toBe(event.title);
        const card = renderWithStory(<StopCard content={content!} />, {
          story,
          state: { zone: choice },
        });
        expectNoPlaceholder(card.container.innerHTML, event, zone, 'tour card');
        expect(card.container.textContent).toMatch(/after |before |date not set|time not known/);
        cleanup();
        const list = renderWithStory(<StopList current={0} onGo={() => {}} />, {
          story,
          state: { zone: choice },
        });
        const item = within(list.container).getAllByRole('listitem')[index]!;
        expect(item).toHaveTextContent(event.title);
        expectNoPlaceholder(item.innerHTML, event, zone, 'presenter list');
      },
    );

    it.each(unknown.map((e) => [e.id] as const))('%s in the tooltip and the details', (id) => {
      const event = story.eventById.get(id)!;
      const tip = renderWithStory(<TooltipHost eventId={id} zone={zone} />, { story });
      const tooltip = within(tip.container).getByRole('tooltip', { hidden: true });
      expect(tooltip).toHaveTextContent(event.title);
      expectNoPlaceholder(tooltip.innerHTML, event, zone, 'tooltip');
      cleanup();
      const details = renderWithStory(<EventDetails id={id} />, { story, state: { zone: choice } });
      expect(details.container).toHaveTextContent(event.title);
      expectNoPlaceholder(details.container.innerHTML, event, zone, 'details');
    });

    it('every one of them in the phone timeline, where the day runs down the screen', () => {
      const width = window.innerWidth;
      window.innerWidth = 375;
      try {
        const { container } = renderWithStory(<Timeline />, { story, state: { zone: choice } });
        expect(
          container.querySelector('.timeline--vertical, .timeline__plot--vertical'),
        ).not.toBeNull();
        for (const event of unknown.filter((e) => !e.context)) {
          const row = container.querySelector(`[data-event-id="${event.id}"]`);
          expect(row, `${event.id} has a row`).not.toBeNull();
          expect(row).toHaveTextContent('time not known');
          expectNoPlaceholder(row!.outerHTML, event, zone, 'vertical timeline');
        }
      } finally {
        window.innerWidth = width;
      }
    });

    it('every one of them in the printed handout', () => {
      const { container } = renderWithStory(<HandoutContent />, {
        story,
        state: { zone: choice },
      });
      for (const event of unknown) {
        // Each place the handout names the event: its stop, its line in the timeline or the
        // list of context, and the places where it happened.
        const mentions = [...container.querySelectorAll('*')].filter(
          (el) =>
            el.textContent?.includes(event.title) &&
            ![...el.children].some((child) => child.textContent?.includes(event.title)),
        );
        const holders = new Set(mentions.map((el) => el.closest('li, text') ?? el));
        expect(holders.size, `${event.id} is in the handout`).toBeGreaterThan(1);
        for (const holder of holders) {
          expectNoPlaceholder(holder.outerHTML, event, zone, `handout <${holder.tagName}>`);
        }
      }
    });
  });
});
