import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedBar } from '../../src/embed/EmbedBar';
import { NARROW_EMBED } from '../../src/embed/useEmbedTabs';
import { Explorer } from '../../src/shell/Explorer';
import { DEFAULT_FRAME, type Frame } from '../../src/state/url';
import { renderWithStory } from '../fixtures/render';

const embed: Frame = { ...DEFAULT_FRAME, embed: true };

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  Reflect.deleteProperty(document, 'fullscreenEnabled');
});

/** Makes the window as narrow as a phone-sized embed, for the media query the tabs follow. */
function narrowWindow() {
  const real = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    query === NARROW_EMBED ? ({ ...real(query), matches: true } as MediaQueryList) : real(query),
  );
}

const views = () =>
  [...document.querySelectorAll('[data-view]')].map((v) => v.getAttribute('data-view'));

describe('EmbedBar: the embed’s title bar', () => {
  it('shows the story title', () => {
    renderWithStory(<EmbedBar frame={embed} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mini summit');
  });

  it('"Open full view" opens the same state without embed mode, in a new tab', () => {
    const { store } = renderWithStory(
      <EmbedBar frame={{ ...embed, origin: 'https://host.example' }} />,
      {
        state: { view: 'map', zone: 'UTC', selection: { kind: 'place', id: 'capital' } },
      },
    );
    const link = screen.getByRole('link', { name: /^Open full view/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(link).toHaveAttribute(
      'href',
      'http://localhost:3000/?view=map&tz=UTC&select=place:capital',
    );
    act(() => store.set({ selection: { kind: 'event', id: 'talks' } }));
    expect(link.getAttribute('href')).toMatch(/select=event:talks$/);
  });

  it('keeps another story’s data= in the full-view link', () => {
    renderWithStory(<EmbedBar frame={{ ...embed, data: 'https://example.org/s.json' }} />);
    expect(screen.getByRole('link', { name: /^Open full view/ }).getAttribute('href')).toBe(
      'http://localhost:3000/?data=https://example.org/s.json',
    );
  });

  it('has no full-screen button where the browser does not allow full screen', () => {
    Object.defineProperty(document, 'fullscreenEnabled', { value: false, configurable: true });
    renderWithStory(<EmbedBar frame={embed} />);
    expect(screen.queryByRole('button', { name: /full screen/i })).toBeNull();
  });

  it('has a full-screen button where the browser allows it, which asks for full screen', async () => {
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    const request = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = request;
    renderWithStory(<EmbedBar frame={embed} />);
    const button = screen.getByRole('button', { name: 'Full screen' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('offers Share & embed', () => {
    renderWithStory(<EmbedBar frame={embed} />);
    expect(screen.getByRole('button', { name: 'Share & embed' })).toBeInTheDocument();
  });
});

describe('Embed layout: tabs when narrow', () => {
  it('a wide embed shows every view and no tabs', () => {
    renderWithStory(<Explorer frame={embed} notices={[]} />);
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(views()).toEqual(['timeline', 'map', 'quotes', 'details']);
  });

  it('a narrow embed shows one view at a time behind a tab list', async () => {
    narrowWindow();
    renderWithStory(<Explorer frame={embed} notices={[]} />);
    const tabs = within(screen.getByRole('tablist', { name: 'Views' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Timeline', 'Map', 'Quotes', 'Details']);
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
    expect(views()).toEqual(['timeline']);
    expect(screen.getByRole('tabpanel', { name: 'Timeline' })).toContainElement(
      document.querySelector('[data-view="timeline"]') as HTMLElement,
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Quotes' }));
    expect(views()).toEqual(['quotes']);
    expect(screen.getByRole('tab', { name: 'Quotes' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'false');
  });

  it('the tabs work by keyboard: one tab stop, arrows, Home and End', async () => {
    narrowWindow();
    renderWithStory(<Explorer frame={embed} notices={[]} />);
    const timeline = screen.getByRole('tab', { name: 'Timeline' });
    expect(timeline).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'Map' })).toHaveAttribute('tabindex', '-1');
    timeline.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Map' })).toHaveFocus();
    expect(views()).toEqual(['map']);
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
    expect(views()).toEqual(['details']);
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(views()).toEqual(['timeline']);
  });

  it('a selection made by the host or in one tab shows in every other tab', async () => {
    narrowWindow();
    const { store } = renderWithStory(<Explorer frame={embed} notices={[]} />);
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }, 'host'));
    await userEvent.click(screen.getByRole('tab', { name: 'Quotes' }));
    expect(document.querySelector('[data-quote-id="q-capital"]')?.getAttribute('data-state')).toBe(
      'related',
    );
  });

  it('view= pins one view: no tabs, even when narrow', () => {
    narrowWindow();
    renderWithStory(<Explorer frame={embed} notices={[]} />, { state: { view: 'map' } });
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(views()).toEqual(['map']);
  });

  it('the full page never shows tabs', () => {
    narrowWindow();
    renderWithStory(<Explorer frame={DEFAULT_FRAME} notices={[]} />);
    expect(screen.queryByRole('tablist')).toBeNull();
  });
});
