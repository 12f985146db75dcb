import type { Messages } from '@lingui/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootShellHtml } from '../../scripts/vite-plugin-boot-shell';
import { NARROW_EMBED } from '../../src/embed/useEmbedTabs';
import type { MessageId } from '../../src/i18n/i18n';
import { ShareButton } from '../../src/share/ShareButton';
import { Explorer } from '../../src/shell/Explorer';
import { LoadingSkeleton } from '../../src/shell/LoadingSkeleton';
import { INITIAL_STATE, type ViewChoice } from '../../src/state/store';
import { DEFAULT_FRAME, parseUrl, serialiseUrl } from '../../src/state/url';
import { layoutCss } from '../../src/views/layoutCss';
import { renderWithStory } from '../fixtures/render';
import { installDialogPolyfill } from '../share/dialogPolyfill';

// A throwaway fifth view, registered the way a real one is: one entry in the catalog (its plain
// facts, its words by message id), its words in the English messages, and its parts in the
// registry. Nothing else in the app is told about it.
const PEOPLE_WORDS = vi.hoisted(() => ({
  'view.people': 'People',
  'people.title': 'Who was there',
  'share.viewPeople': 'People only',
}));
vi.mock('../../src/i18n/messages/en.json?catalog', async (importOriginal) => {
  const real = await importOriginal<{ default: Messages }>();
  const { compileCatalog } = await import('../../src/i18n/compile');
  return { default: { ...real.default, ...compileCatalog(PEOPLE_WORDS) } };
});
vi.mock('../../src/views/catalog', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/views/catalog')>();
  // Ids the real catalog lacks, so not of the type `MessageId`: the mocked messages have them.
  const word = (id: keyof typeof PEOPLE_WORDS) => id as MessageId;
  const people = {
    id: 'people',
    label: word('view.people'),
    title: word('people.title'),
    alone: word('share.viewPeople'),
    place: { row: 'bottom', width: 0.7 },
  } as const;
  return { ...real, VIEW_INFO: [...real.VIEW_INFO, people] };
});
vi.mock('../../src/views/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/views/registry')>();
  const PeopleView = () => (
    <section data-view="people" aria-label="Who was there">
      <h2>Who was there</h2>
    </section>
  );
  return {
    ...real,
    VIEW_PARTS: { ...real.VIEW_PARTS, people: { component: PeopleView, arrives: 'after-paint' } },
  };
});

const PEOPLE = 'people' as ViewChoice;

beforeAll(installDialogPolyfill);
afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const shownViews = () =>
  [...document.querySelectorAll('[data-view]')].map((v) => v.getAttribute('data-view'));

describe('a view added to the registry only', () => {
  it('appears in the explorer, in its own panel, after the first paint', async () => {
    renderWithStory(<Explorer frame={DEFAULT_FRAME} notices={[]} />);
    expect(await screen.findByRole('region', { name: 'Who was there' })).toBeInTheDocument();
    expect(shownViews()).toEqual(['timeline', 'map', 'quotes', 'details', 'people']);
    const panel = document.getElementById('people-panel');
    expect(panel).toHaveClass('panel', 'panel--people');
  });

  it('is a value of view=: read, written back, and shown alone', async () => {
    const url = parseUrl('?view=people');
    expect(url.notices).toEqual([]);
    expect(url.state.view).toBe('people');
    expect(serialiseUrl({ ...INITIAL_STATE, view: PEOPLE }, DEFAULT_FRAME)).toBe('?view=people');
    renderWithStory(<Explorer frame={DEFAULT_FRAME} notices={[]} />, { state: { view: PEOPLE } });
    await screen.findByRole('region', { name: 'Who was there' });
    expect(shownViews()).toEqual(['people']);
  });

  it('has a tab in a narrow embed', async () => {
    const real = window.matchMedia;
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
      query === NARROW_EMBED ? ({ ...real(query), matches: true } as MediaQueryList) : real(query),
    );
    renderWithStory(<Explorer frame={{ ...DEFAULT_FRAME, embed: true }} notices={[]} />);
    const tabs = within(screen.getByRole('tablist', { name: 'Views' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Timeline',
      'Map',
      'Quotes',
      'Details',
      'People',
    ]);
    await userEvent.click(screen.getByRole('tab', { name: 'People' }));
    expect(await screen.findByRole('region', { name: 'Who was there' })).toBeInTheDocument();
    expect(shownViews()).toEqual(['people']);
    expect(screen.getByRole('tabpanel')).toHaveAttribute('id', 'people-panel');
  });

  it('is offered by the share dialog, and the link it makes opens that view', async () => {
    const user = userEvent.setup();
    renderWithStory(<ShareButton frame={DEFAULT_FRAME} />);
    await user.click(screen.getByRole('button', { name: 'Share & embed' }));
    const view = screen.getByRole('combobox', { name: 'View' });
    expect(
      within(view)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All views, linked', 'Timeline only', 'Map only', 'Quotes only', 'People only']);
    await user.selectOptions(view, 'People only');
    const link = screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLInputElement;
    expect(new URL(link.value).searchParams.get('view')).toBe('people');
  });

  it('has its place in the loading outline, the first screen and the grid', () => {
    renderWithStory(<LoadingSkeleton embed={false} />);
    expect(document.querySelector('.skeleton .panel--people')).not.toBeNull();
    expect(bootShellHtml({ title: 'A day' })).toContain('<div class="panel panel--people');
    const css = layoutCss();
    expect(css).toContain('"map quotes details people"');
    expect(css).toContain('.panel--people {\n  grid-area: people;\n}');
    expect(css).toContain('.app--view-people .layout');
  });
});
