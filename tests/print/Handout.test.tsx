import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EAGER_HANDOUT_ITEMS, Handout } from '../../src/print/Handout';
import { HandoutContent } from '../../src/print/HandoutContent';
import { miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';
import { generatedStory } from '../timeline/generatedStory';

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
afterEach(() => vi.unstubAllGlobals());

describe('HandoutContent (the printed handout)', () => {
  const story = miniStory();

  it('has the title, the introduction and every tour stop with its time, note and quote', () => {
    renderWithStory(<HandoutContent />, { story });
    expect(screen.getByRole('heading', { level: 1, name: 'Mini summit' })).toBeInTheDocument();
    expect(screen.getByText(story.intro!)).toBeInTheDocument();
    const tour = screen.getByRole('heading', { name: /the tour/i }).closest('section')!;
    const stops = within(tour).getAllByRole('listitem');
    expect(stops).toHaveLength(story.tour.length);
    expect(stops[0]).toHaveTextContent('Arrival');
    expect(stops[0]).toHaveTextContent('≈ 10:20 AKDT');
    expect(stops[0]).toHaveTextContent('It starts with an arrival.');
    expect(stops[1]).toHaveTextContent('“Long talks.”');
    expect(stops[2]).toHaveTextContent('Boris Belov');
    expect(stops[2]).toHaveTextContent('“Next time in the capital.”');
  });

  it("draws the day's events on a timeline, and lists what happened before and after", () => {
    renderWithStory(<HandoutContent />, { story });
    const timeline = screen.getByRole('img', { name: /timeline of the day, 3 events/i });
    for (const title of ['Arrival', 'Talks', 'Press statements']) {
      expect(within(timeline).getByText(title)).toBeInTheDocument();
    }
    expect(
      screen.getByRole('heading', { name: 'Before and after' }).nextElementSibling,
    ).toHaveTextContent('Next meeting proposed');
  });

  it('lists the places with coordinates and what happened there, beside a map of them', async () => {
    renderWithStory(<HandoutContent />, { story });
    const section = screen.getByRole('heading', { name: 'Where it happened' }).closest('section')!;
    // The map is drawn when printing starts.
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const map = await within(section).findByRole('img', { name: /map of the 2 places/i });
    await waitFor(() => expect(map).toHaveAttribute('data-land', 'loaded'));
    const places = within(section).getAllByRole('listitem');
    expect(places[0]).toHaveTextContent('Air base');
    expect(places[0]).toHaveTextContent('61.25° N, 149.80° W');
    expect(places[0]).toHaveTextContent('What happened here: Arrival');
  });

  it('prints the sources with their addresses written out', () => {
    renderWithStory(<HandoutContent />, { story });
    const sources = screen.getByRole('heading', { name: 'Sources' }).closest('section')!;
    expect(sources).toHaveTextContent('A report, A paper, 2025-08-16. https://example.org/report');
  });

  it('has nothing to click: no buttons and no links', () => {
    renderWithStory(<HandoutContent />, { story });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('follows the chosen time zone', () => {
    renderWithStory(<HandoutContent />, { story, state: { zone: 'UTC' } });
    expect(screen.getByText(/times in utc/i)).toBeInTheDocument();
    expect(screen.getAllByText(/≈ 18:20 UTC/).length).toBeGreaterThan(0);
  });
});

describe('Handout (in the page)', () => {
  it('holds the whole handout from its first render, hidden on screen, so early printing prints it all', () => {
    const { container } = renderWithStory(<Handout />, { story: miniStory() });
    const wrapper = container.querySelector('.handout');
    expect(wrapper).toHaveAttribute('hidden');
    // No waiting: everything but the map's drawing is there in the first commit.
    expect(wrapper?.querySelector('h1')).toHaveTextContent('Mini summit');
    expect(wrapper?.querySelectorAll('.handout__stop')).toHaveLength(miniStory().tour.length);
    expect(wrapper).toHaveTextContent('61.25° N, 149.80° W');
    expect(wrapper).toHaveTextContent('A report');
  });
});

describe('Handout (a large story)', () => {
  const large = generatedStory(EAGER_HANDOUT_ITEMS + 100);

  it('is not drawn while the reader explores, even once the page is idle', async () => {
    const { container } = renderWithStory(<Handout />, { story: large });
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(container.querySelector('.handout')).toHaveAttribute('hidden');
    expect(container.querySelector('.handout h1')).toBeNull();
  });

  it('is drawn, whole, the moment printing starts', () => {
    const { container } = renderWithStory(<Handout />, { story: large });
    // No act(): printStart commits synchronously, as the browser lays out the paper right after.
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.querySelector('.handout h1')).toHaveTextContent(large.title);
    const day = large.events.filter((e) => !e.context).length;
    const handout = container.querySelector<HTMLElement>('.handout')!;
    expect(
      within(handout).getByRole('img', {
        hidden: true,
        name: new RegExp(`timeline of the day, ${day.toLocaleString('en')} events`, 'i'),
      }),
    ).toBeInTheDocument();
    expect(handout.querySelectorAll('.handout__place')).toHaveLength(large.places.length);
  });
});
