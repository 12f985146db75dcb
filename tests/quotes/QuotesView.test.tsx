import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuotesView } from '../../src/quotes/QuotesView';
import { quoteStart } from '../../src/story/quoteLabel';
import { afterPaint } from '../fixtures/afterPaint';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

const stateOf = (id: string) =>
  document
    .querySelector(`[data-view="quotes"] [data-quote-id="${id}"]`)
    ?.getAttribute('data-state');

describe('QuotesView', () => {
  it('lists every quote with its speaker first in the accessible name, all idle', () => {
    renderWithStory(<QuotesView />);
    const buttons = screen.getAllByRole('button', { name: /^(Alice Adams|Boris Belov) .*“/ });
    expect(buttons).toHaveLength(3);
    expect(
      screen.getByRole('button', { name: /^Boris Belov .*“Next time in the capital\./ }),
    ).toBeVisible();
    for (const id of ['q-good', 'q-capital', 'q-talks']) expect(stateOf(id)).toBe('idle');
  });

  it('clicking a quote selects it and leaves the others unrelated', async () => {
    const { store } = renderWithStory(<QuotesView />);
    await userEvent.click(screen.getByRole('button', { name: /^Alice Adams .*“It went well/ }));
    expect(store.get().selection).toEqual({ kind: 'quote', id: 'q-good' });
    expect(stateOf('q-good')).toBe('selected');
    expect(stateOf('q-capital')).toBe('unrelated');
  });

  it('a place selected elsewhere lights up the quotes said there', () => {
    const { store } = renderWithStory(<QuotesView />);
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }));
    expect(stateOf('q-capital')).toBe('related');
    expect(stateOf('q-good')).toBe('unrelated');
    expect(screen.getByText('1 of 3 linked')).toBeInTheDocument();
  });

  it('the count says something true for each selection: the total, the linked, a quote’s place', () => {
    const { store } = renderWithStory(<QuotesView />);
    expect(screen.getByText('3 quotes')).toBeInTheDocument();
    act(() => store.set({ selection: { kind: 'quote', id: 'q-capital' } }));
    expect(screen.getByText('Quote 2 of 3')).toBeInTheDocument();
    expect(screen.queryByText(/of 3 linked/)).toBeNull();
  });

  it('one quote is "1 quote"', () => {
    renderWithStory(<QuotesView />, {
      story: miniStory({ quotes: [structuredClone(MINI_RAW.quotes[0]!)], tour: [] }),
    });
    expect(screen.getByText('1 quote')).toBeInTheDocument();
  });

  it('the speaker filter narrows the list and "Everyone" restores it', async () => {
    renderWithStory(<QuotesView />);
    const filter = screen.getByRole('group', { name: /show quotes by/i });
    await userEvent.click(within(filter).getByRole('button', { name: /Boris Belov/ }));
    expect(document.querySelectorAll('[data-quote-id]')).toHaveLength(1);
    expect(within(filter).getByRole('button', { name: /Boris Belov/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(filter).getByRole('button', { name: 'Everyone' }));
    expect(document.querySelectorAll('[data-quote-id]')).toHaveLength(3);
  });

  it('folds a long speaker list behind "more speakers", keeping a chosen speaker in view', async () => {
    const people = [
      ...MINI_RAW.people,
      ...Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `Speaker ${i}` })),
    ];
    const quotes = people.slice(2).flatMap((p, i) =>
      Array.from({ length: 8 - i }, (_, k) => ({
        id: `q${i}-${k}`,
        speakerId: p.id,
        text: `Words ${k} of ${p.name}`,
        eventIds: [],
        placeIds: [],
        sourceIds: ['s1'],
      })),
    );
    renderWithStory(<QuotesView />, { story: miniStory({ people, quotes, tour: [] }) });
    const filter = screen.getByRole('group', { name: /show quotes by/i });
    const chips = () => within(filter).queryAllByRole('button', { name: /^Speaker \d/ });
    expect(chips()).toHaveLength(4);
    const more = within(filter).getByRole('button', { name: '4 more speakers' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(chips()).toHaveLength(8);
    await userEvent.click(within(filter).getByRole('button', { name: /Speaker 7/ }));
    await userEvent.click(within(filter).getByRole('button', { name: 'Fewer speakers' }));
    expect(chips().map((b) => b.textContent)).toContain('Speaker 7 1');
    expect(chips()).toHaveLength(5);
  });

  it('is operable by keyboard: Tab to a quote, Enter selects it', async () => {
    const { store } = renderWithStory(<QuotesView />);
    const first = screen.getByRole('button', { name: /^Alice Adams .*“It went well/ });
    first.focus();
    await userEvent.keyboard('{Enter}');
    expect(store.get().selection).toEqual({ kind: 'quote', id: 'q-good' });
  });

  it('shows markup in a quote as characters', () => {
    const story = miniStory({
      tour: [],
      quotes: [
        {
          id: 'x',
          speakerId: 'alice',
          text: '<img src=x onerror=alert(1)>',
          eventIds: ['press'],
          placeIds: ['base'],
          sourceIds: ['s1'],
        },
      ],
    });
    renderWithStory(<QuotesView />, { story });
    expect(screen.getByText('“<img src=x onerror=alert(1)>”')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('windows a long list: 10,000 quotes render only a few rows', async () => {
    const base = miniStory();
    const quotes = Array.from({ length: 10_000 }, (_, i) => ({
      id: `q${i}`,
      speakerId: i % 2 ? 'alice' : 'boris',
      text: `Quote number ${i}`,
      eventIds: ['press'],
      placeIds: ['base'],
      sourceIds: ['s1'],
    }));
    renderWithStory(<QuotesView />, { story: miniStory({ quotes, tour: [] }) });
    // The windowing code loads on demand; until then the list shows its first rows.
    await waitFor(() => expect(document.querySelector('.quotes__list--virtual')).not.toBeNull());
    const rendered = document.querySelectorAll('[data-quote-id]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    expect(base.quotes).toHaveLength(3);
  });
});

describe('quoteStart', () => {
  it('cuts long text at a word boundary with an ellipsis', () => {
    expect(quoteStart('one two three four five six seven', 14)).toBe('one two three…');
    expect(quoteStart('short', 14)).toBe('short');
  });
});

/** Each listed row 100 px tall from the scroller's top (jsdom lays nothing out); the scroller records its scrolls. */
function layOutQuoteList() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const rows = [...document.querySelectorAll('.quotes__row')];
    const i = rows.indexOf(this);
    const scroller = document.querySelector('.quotes__scroller');
    const top = i < 0 ? 0 : i * 100 - (scroller?.scrollTop ?? 0);
    return new DOMRect(0, top, 300, i < 0 ? 0 : 100);
  });
  const scroller = document.querySelector<HTMLElement>('.quotes__scroller');
  if (!scroller) throw new Error('no quote list');
  const scrolls: ScrollToOptions[] = [];
  scroller.scrollTo = ((options: ScrollToOptions) => {
    scrolls.push(options);
    scroller.scrollTop = options.top ?? scroller.scrollTop;
  }) as typeof scroller.scrollTo;
  return scrolls;
}

/** The reader's motion setting, as `matchMedia` answers it. */
function prefersLessMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion: reduce'),
        media: query,
        addEventListener() {},
        removeEventListener() {},
      }) as unknown as MediaQueryList,
  );
}

describe('QuotesView brings the first linked quote to the top of the list', () => {
  afterEach(() => vi.restoreAllMocks());

  it('for a place or event selected elsewhere, after the selection has painted: gliding, then jumping when the reader wants less motion', async () => {
    const { store } = renderWithStory(<QuotesView />);
    const scrolls = layOutQuoteList();
    prefersLessMotion(false);
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }));
    // Not in the task that selected: the selection paints first.
    expect(scrolls).toEqual([]);
    await afterPaint();
    // q-capital is row 1: its top.
    expect(scrolls).toEqual([{ top: 100, behavior: 'smooth' }]);
    prefersLessMotion(true);
    act(() => store.set({ selection: { kind: 'event', id: 'talks' } }));
    await afterPaint();
    expect(scrolls[1]).toEqual({ top: 200, behavior: 'auto' });
  });

  it('only for the last of several selections made before a paint', async () => {
    const { store } = renderWithStory(<QuotesView />);
    const scrolls = layOutQuoteList();
    prefersLessMotion(false);
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }));
    act(() => store.set({ selection: { kind: 'event', id: 'talks' } }));
    await afterPaint();
    expect(scrolls).toEqual([{ top: 200, behavior: 'smooth' }]);
  });

  it('for the selection the page opens with, at once', async () => {
    prefersLessMotion(false);
    // The rows are laid out before the list's first effects run.
    const scrolls: ScrollToOptions[] = [];
    const original = Element.prototype.scrollTo;
    Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
      if (typeof options !== 'object') return;
      scrolls.push(options);
      this.scrollTop = options.top ?? this.scrollTop;
    } as typeof Element.prototype.scrollTo;
    try {
      vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
        this: Element,
      ) {
        const i = [...document.querySelectorAll('.quotes__row')].indexOf(this);
        const scrolled = document.querySelector('.quotes__scroller')?.scrollTop ?? 0;
        return new DOMRect(0, i < 0 ? 0 : i * 100 - scrolled, 300, i < 0 ? 0 : 100);
      });
      renderWithStory(<QuotesView />, { state: { selection: { kind: 'event', id: 'talks' } } });
      await afterPaint();
      expect(scrolls).toEqual([{ top: 200, behavior: 'auto' }]);
    } finally {
      Element.prototype.scrollTo = original;
    }
  });

  it('not for a quote the reader picks in the list; yes for a quote selected elsewhere', async () => {
    const { store } = renderWithStory(<QuotesView />);
    const scrolls = layOutQuoteList();
    await userEvent.click(screen.getByRole('button', { name: /^Alice Adams .*“Long talks/ }));
    expect(store.get().selection).toEqual({ kind: 'quote', id: 'q-talks' });
    await afterPaint();
    expect(scrolls).toEqual([]);
    act(() => store.set({ selection: null }));
    act(() => store.set({ selection: { kind: 'quote', id: 'q-talks' } }));
    await afterPaint();
    expect(scrolls.map((s) => s.top)).toEqual([200]);
  });

  it('leaves the list still when the first linked quote is at its top already', async () => {
    const { store } = renderWithStory(<QuotesView />);
    const scrolls = layOutQuoteList();
    act(() => store.set({ selection: { kind: 'event', id: 'press' } }));
    await afterPaint();
    expect(scrolls).toEqual([]);
  });
});
