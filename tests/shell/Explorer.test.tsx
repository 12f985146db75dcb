import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Explorer } from '../../src/shell/Explorer';
import { parseUrl } from '../../src/state/url';
import { renderWithStory } from '../fixtures/render';

const frame = { embed: false, presenter: false, data: null, origin: null };
const state = (view: string, attr: string, id: string) =>
  document
    .querySelector(`[data-view="${view}"] [data-${attr}-id="${id}"]`)
    ?.getAttribute('data-state');

afterEach(() => window.history.replaceState(null, '', '/'));

/** The map panel loads lazily; wait for its markers. */
const mapReady = () =>
  waitFor(
    () => expect(document.querySelector('[data-view="map"] [data-place-id]')).not.toBeNull(),
    {
      timeout: 15_000,
    },
  );

describe('Explorer: one selection, four views', () => {
  it('renders the four views from the story', async () => {
    renderWithStory(<Explorer frame={frame} notices={[]} />);
    await mapReady();
    for (const view of ['timeline', 'map', 'quotes', 'details']) {
      expect(document.querySelector(`[data-view="${view}"]`)).not.toBeNull();
    }
    expect(
      within(document.querySelector('.header') as HTMLElement).getByRole('heading', {
        level: 1,
        name: 'Mini summit',
      }),
    ).toBeInTheDocument();
  });

  it('selecting a quote makes its event and place related in the timeline and the map', async () => {
    renderWithStory(<Explorer frame={frame} notices={[]} />);
    await mapReady();
    await userEvent.click(await screen.findByRole('button', { name: /^Boris Belov .*“Next time/ }));
    expect(state('quotes', 'quote', 'q-capital')).toBe('selected');
    expect(state('timeline', 'event', 'press')).toBe('related');
    expect(state('timeline', 'event', 'talks')).toBe('unrelated');
    expect(state('map', 'place', 'capital')).toBe('related');
    expect(state('map', 'place', 'base')).toBe('unrelated');
  });

  it('details show the selection and walk to a linked item', async () => {
    renderWithStory(<Explorer frame={frame} notices={[]} />);
    await userEvent.click(
      await screen.findByRole('button', { name: /^Alice Adams .*“Long talks/ }),
    );
    const details = document.querySelector('[data-view="details"]') as HTMLElement;
    expect(within(details).getByText('“Long talks.”')).toBeInTheDocument();
    await userEvent.click(within(details).getByRole('button', { name: 'Talks' }));
    expect(state('timeline', 'event', 'talks')).toBe('selected');
    expect(within(details).getByRole('heading', { name: 'Talks' })).toBeInTheDocument();
    expect(within(details).getByText(/± 10 min/)).toBeInTheDocument();
  });

  it('Esc clears the selection everywhere', async () => {
    const { store } = renderWithStory(<Explorer frame={frame} notices={[]} />);
    await mapReady();
    act(() => store.set({ selection: { kind: 'place', id: 'base' } }));
    expect(state('map', 'place', 'base')).toBe('selected');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.get().selection).toBeNull();
    expect(state('map', 'place', 'base')).toBe('idle');
    expect(state('quotes', 'quote', 'q-good')).toBe('idle');
  });

  it('a selection is written to the URL after it has painted, and Back restores the previous one', async () => {
    const { store } = renderWithStory(<Explorer frame={frame} notices={[]} />);
    const before = window.history.length;
    act(() => store.set({ selection: { kind: 'event', id: 'talks' } }));
    // Not in the task that selected: the frame showing the selection comes first.
    expect(window.location.search).toBe('');
    await waitFor(() => expect(window.location.search).toBe('?select=event:talks'));
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }));
    await waitFor(() => expect(window.location.search).toBe('?select=place:capital'));
    // One history entry for each selection.
    expect(window.history.length).toBe(before + 2);
    act(() => {
      window.history.replaceState(null, '', '/?select=event:talks');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(store.get().selection).toEqual({ kind: 'event', id: 'talks' });
  });

  it('the time-zone switch is written to the URL without a new history entry', async () => {
    const { store } = renderWithStory(<Explorer frame={frame} notices={[]} />);
    const before = window.history.length;
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /times in/i }), 'UTC');
    expect(store.get().zone).toBe('UTC');
    await waitFor(() => expect(window.location.search).toBe('?tz=UTC'));
    expect(window.history.length).toBe(before);
  });

  it('shows ignored URL parameters as a dismissible notice', async () => {
    const { notices } = parseUrl('?tz=Mars/Phobos');
    renderWithStory(<Explorer frame={frame} notices={notices} />);
    const said = 'tz=Mars/Phobos was ignored: "Mars/Phobos" is not a time zone';
    expect(screen.getByText(said)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(said)).toBeNull();
  });

  it('shows the timeline at once and the other views a frame later', async () => {
    renderWithStory(<Explorer frame={frame} notices={[]} />);
    expect(document.querySelector('[data-view="timeline"] [data-event-id]')).not.toBeNull();
    expect(document.querySelector('[data-view="quotes"]')).toHaveAttribute('aria-busy', 'true');
    expect(
      await screen.findByRole('button', { name: /^Alice Adams .*“Long talks/ }),
    ).toHaveAttribute('data-quote-id');
    expect(document.querySelector('[data-view="quotes"]')).not.toHaveAttribute('aria-busy');
  });

  it('lists every source with a link that opens safely in a new tab', async () => {
    renderWithStory(<Explorer frame={frame} notices={[]} />);
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const link = within(sources).getByRole('link', { name: /A report/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });
});
