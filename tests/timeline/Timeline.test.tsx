import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { select } from 'd3-selection';
import { afterEach, describe, expect, it } from 'vitest';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import {
  eventStates,
  focusedEventId,
  item,
  preferReducedMotion,
  renderTimeline,
  timelineRegion,
} from './timelineTestKit';

const story = miniStory();
const idsInTimeOrder = story.events.map((e) => e.id);
const zoomOut = () => screen.getByRole('button', { name: 'Zoom out' });
const quarterHourTicks = () => screen.queryAllByText(/^\d\d:(15|45)$/);

describe('Timeline: the DOM contract', () => {
  it('renders every event once, with data-event-id and data-state="idle"', () => {
    renderTimeline();
    const root = timelineRegion();
    expect(root).toHaveAttribute('data-view', 'timeline');
    const states = eventStates(root);
    expect(states.map(([id]) => id).sort()).toEqual([...idsInTimeOrder].sort());
    expect(states.every(([, state]) => state === 'idle')).toBe(true);
  });

  it('names each item by its title, then its time in the chosen zone and its place', () => {
    renderTimeline();
    expect(item('Talks')).toHaveAccessibleName('Talks, ≈ 11:30–14:15 AKDT, Air base');
    expect(item('Press statements')).toHaveAccessibleName('Press statements, 14:30 AKDT, Air base');
    expect(item('Next meeting proposed').getAttribute('aria-label')).toMatch(
      // Only its order is known: its placeholder date and time are never shown (issue 11).
      /^Next meeting proposed, time not known, Capital city$/,
    );
  });

  it('clicking an event selects it in the store and marks it selected', async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    await user.click(item('Talks'));
    expect(store.get().selection).toEqual({ kind: 'event', id: 'talks' });
    expect(item('Talks')).toHaveAttribute('data-state', 'selected');
    expect(item('Arrival')).toHaveAttribute('data-state', 'unrelated');
  });

  it('follows a selection made elsewhere: the quote’s events are related, the rest unrelated', () => {
    const { store } = renderTimeline();
    act(() => store.set({ selection: { kind: 'quote', id: 'q-capital' } }));
    expect(Object.fromEntries(eventStates())).toEqual({
      arrival: 'unrelated',
      talks: 'unrelated',
      press: 'related',
      next: 'related',
    });
    act(() => store.set({ selection: null }));
    expect(eventStates().every(([, state]) => state === 'idle')).toBe(true);
  });

  it('a selection leaves the playhead alone: it does not measure the axis labels again (a forced layout per click)', () => {
    const { store } = renderTimeline({ state: { t: '2025-08-15T12:00:00-08:00' } });
    const root = timelineRegion();
    expect(root.querySelector('.tl-playhead__label')).not.toBeNull();
    const measured: Element[] = [];
    const original = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      measured.push(this);
      return original.call(this);
    };
    try {
      act(() => store.set({ selection: { kind: 'event', id: 'talks' } }));
      act(() => store.set({ selection: { kind: 'quote', id: 'q-capital' } }));
    } finally {
      Element.prototype.getBoundingClientRect = original;
    }
    expect(item('Talks')).toHaveAttribute('data-state', 'unrelated');
    expect(measured.filter((el) => el.closest('.tl-playhead__mover, .tl-axis__label'))).toEqual([]);
  });
});

describe('Timeline: context outside the day', () => {
  it('keeps the context event reachable in the After gutter, saying what is known of its time, and selectable', async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    const after = screen.getByRole('region', { name: 'After the day' });
    const chip = within(after).getByRole('button', { name: /^Next meeting proposed,/ });
    expect(chip).toHaveTextContent('time not known');
    expect(chip).not.toHaveTextContent(/15 Sept? 2025/);
    expect(chip).toHaveAttribute('data-event-id', 'next');
    await user.click(chip);
    expect(store.get().selection).toEqual({ kind: 'event', id: 'next' });
    expect(chip).toHaveAttribute('data-state', 'selected');
  });
});

describe('Timeline: keyboard', () => {
  it('Tab lands on the first event in time when nothing is selected', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.tab();
    expect(focusedEventId()).toBe(idsInTimeOrder[0]);
  });

  it('Tab lands on the selected event when there is one', async () => {
    const user = userEvent.setup();
    renderTimeline({ state: { selection: { kind: 'event', id: 'press' } } });
    await user.tab();
    expect(focusedEventId()).toBe('press');
  });

  it('Left and Right walk every event in time order, context ones included; Home and End jump', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.tab();
    const visited = [focusedEventId()];
    for (let i = 1; i < idsInTimeOrder.length; i++) {
      await user.keyboard('{ArrowRight}');
      visited.push(focusedEventId());
    }
    expect(visited).toEqual(idsInTimeOrder);
    await user.keyboard('{ArrowRight}');
    expect(focusedEventId()).toBe(idsInTimeOrder.at(-1));
    await user.keyboard('{Home}');
    expect(focusedEventId()).toBe(idsInTimeOrder[0]);
    await user.keyboard('{End}');
    expect(focusedEventId()).toBe(idsInTimeOrder.at(-1));
    await user.keyboard('{ArrowLeft}');
    expect(focusedEventId()).toBe(idsInTimeOrder.at(-2));
  });

  it('keeps one tab stop: the last focused event', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.tab();
    await user.keyboard('{ArrowRight}');
    const tabbable = [...timelineRegion().querySelectorAll('[data-event-id]')].filter(
      (e) => e.getAttribute('tabindex') === '0',
    );
    expect(tabbable.map((e) => e.getAttribute('data-event-id'))).toEqual([idsInTimeOrder[1]]);
  });

  it('Enter and Space select the focused event, and focus stays on it', async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    await user.tab();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(store.get().selection).toEqual({ kind: 'event', id: idsInTimeOrder[1] });
    expect(focusedEventId()).toBe(idsInTimeOrder[1]);
    await user.keyboard('{ArrowRight}[Space]');
    expect(store.get().selection).toEqual({ kind: 'event', id: idsInTimeOrder[2] });
    expect(focusedEventId()).toBe(idsInTimeOrder[2]);
  });
});

describe('Timeline: previews', () => {
  it('shows a tooltip with title, time with precision and place on focus, linked by aria-describedby', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.tab();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Arrival');
    expect(tooltip).toHaveTextContent('≈ 10:20 AKDT (± 5 min)');
    expect(tooltip).toHaveTextContent('Air base');
    expect(item('Arrival')).toHaveAttribute('aria-describedby', tooltip.id);
    await user.tab();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows the tooltip of the event under the pointer', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.hover(item('Press statements'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Press statements');
    await user.unhover(item('Press statements'));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('hides the tooltip of an event once it is clicked, until the pointer comes back', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.hover(item('Press statements'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Press statements');
    await user.click(item('Press statements'));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.unhover(item('Press statements'));
    await user.hover(item('Press statements'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Press statements');
  });
});

describe('Timeline: zones and approximate times', () => {
  it('switching the zone relabels the ticks and names without moving the events', () => {
    const { store, container } = renderTimeline();
    const arrivalDot = () =>
      item('Arrival').querySelector('circle:last-of-type')?.getAttribute('cx');
    const before = arrivalDot();
    expect(screen.getAllByText('11:00').length).toBeGreaterThan(0);
    act(() => store.set({ zone: 'UTC' }));
    expect(arrivalDot()).toBe(before);
    expect(screen.getAllByText('19:00').length).toBeGreaterThan(0);
    expect(item('Arrival')).toHaveAccessibleName('Arrival, ≈ 18:20 UTC, Air base');
    expect(container).toHaveTextContent(/Timeline\s*UTC · Moscow \(MSK\)/);
  });

  it('labels the zones of both axis rows, the second one Moscow', () => {
    renderTimeline();
    expect(screen.getByText('AKDT')).toBeInTheDocument();
    expect(screen.getByText('MSK')).toBeInTheDocument();
    expect(screen.getByText(/Anchorage \(AKDT\)/)).toBeInTheDocument();
  });

  it('writes ≈ before the labels of approximate events and not before exact ones', () => {
    renderTimeline();
    expect(screen.getByText('≈ Arrival')).toBeInTheDocument();
    expect(screen.getByText('Press statements')).toBeInTheDocument();
    expect(screen.queryByText('≈ Press statements')).not.toBeInTheDocument();
  });
});

describe('Timeline: zoom and pan', () => {
  let restoreMotion: (() => void) | undefined;
  afterEach(() => restoreMotion?.());

  it('Zoom in shows finer ticks; Reset view shows the whole day again', async () => {
    const user = userEvent.setup();
    renderTimeline();
    expect(zoomOut()).toHaveAttribute('aria-disabled', 'true');
    expect(quarterHourTicks()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(zoomOut()).toHaveAttribute('aria-disabled', 'false');
    expect(quarterHourTicks().length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(zoomOut()).toHaveAttribute('aria-disabled', 'true');
    expect(quarterHourTicks()).toHaveLength(0);
  });

  it('+ and - zoom and 0 resets while the timeline has focus', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.tab();
    await user.keyboard('+');
    expect(zoomOut()).toHaveAttribute('aria-disabled', 'false');
    await user.keyboard('-');
    expect(zoomOut()).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('++0');
    expect(zoomOut()).toHaveAttribute('aria-disabled', 'true');
  });

  it('draws before d3-zoom has loaded, then zooms in on the mouse wheel', async () => {
    const { container } = renderTimeline();
    const svg = container.querySelector('svg')!;
    expect(item('Press statements')).toBeInTheDocument();
    await waitFor(() => expect(select(svg).on('wheel.zoom')).toBeTypeOf('function'));
    fireEvent.wheel(svg, { deltaY: -400 });
    expect(zoomOut()).toHaveAttribute('aria-disabled', 'false');
  });

  it('pans to an event selected elsewhere that is out of view', async () => {
    restoreMotion = preferReducedMotion();
    const user = userEvent.setup();
    const { store, container } = renderTimeline();
    await user.tab();
    await user.keyboard('++++');
    const clip = container.querySelector('clipPath rect')!;
    const plotFrom = Number(clip.getAttribute('x'));
    const plotTo = plotFrom + Number(clip.getAttribute('width'));
    const pressX = () =>
      Number(item('Press statements').querySelector('circle:last-of-type')!.getAttribute('cx'));
    expect(container.querySelector('[data-event-id="press"]')).toBeNull();
    act(() => store.set({ selection: { kind: 'event', id: 'press' } }));
    expect(pressX()).toBeGreaterThan(plotFrom);
    expect(pressX()).toBeLessThan(plotTo);
  });

  it('removes every d3-zoom listener when it unmounts', async () => {
    const { container, unmount } = renderTimeline();
    const svg = container.querySelector('svg')!;
    await waitFor(() => expect(select(svg).on('wheel.zoom')).toBeTypeOf('function'));
    unmount();
    for (const type of ['wheel', 'mousedown', 'dblclick', 'touchstart']) {
      expect(select(svg).on(`${type}.zoom`)).toBeUndefined();
    }
  });
});

describe('Timeline: accessibility', () => {
  it('axe finds no violations, idle and with a selection', async () => {
    const { container, store } = renderTimeline();
    const run = async () => {
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    };
    expect(await run()).toEqual([]);
    act(() => store.set({ selection: { kind: 'event', id: 'talks' } }));
    expect(await run()).toEqual([]);
  });
});

describe('Timeline: unusual stories', () => {
  it('renders a story without events: the axes and the controls, and no items', () => {
    renderTimeline({ story: miniStory({ events: [], quotes: [], routes: [], tour: [] }) });
    expect(timelineRegion()).toBeInTheDocument();
    expect(eventStates()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Reset view' })).toBeInTheDocument();
  });

  it('shows text from the dataset as text, never as markup', () => {
    const events = structuredClone(MINI_RAW.events);
    events[0]!.title = '<img src=x onerror=alert(1)>Talks';
    renderTimeline({ story: miniStory({ events }) });
    expect(timelineRegion().querySelector('img')).toBeNull();
    expect(
      screen.getByRole('button', { name: /^<img src=x onerror=alert\(1\)>Talks,/ }),
    ).toBeInTheDocument();
  });
});

describe('Timeline: a crowded gutter', () => {
  const history = (n: number) => ({
    id: `history-${n}`,
    title: `Treaty number ${n}`,
    start: `${1900 + n}-06-01T00:00:00Z`,
    precision: 'year' as const,
    context: true,
    placeIds: ['capital'],
    peopleIds: [],
    sourceIds: ['s1'],
  });

  it('folds the earliest events behind a button that shows them all; arrows reach them anyway', async () => {
    const user = userEvent.setup();
    const events = [...structuredClone(MINI_RAW.events), ...[1, 2, 3, 4, 5].map(history)];
    renderTimeline({ story: miniStory({ events }) });
    const before = screen.getByRole('region', { name: 'Before the day' });
    const chips = () => within(before).getAllByRole('button', { name: /^Treaty number/ });
    expect(chips()).toHaveLength(3);

    await user.tab();
    expect(focusedEventId()).toBe('history-3');
    await user.keyboard('{Home}');
    expect(focusedEventId()).toBe('history-1');

    const more = within(before).getByRole('button', { name: /^1 earlier event: show it$/ });
    await user.click(more);
    expect(chips()).toHaveLength(5);
    expect(more).toHaveAttribute('aria-expanded', 'true');
  });
});
