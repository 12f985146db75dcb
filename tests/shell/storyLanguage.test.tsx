import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n/lang';
import { App } from '../../src/shell/App';
import { REAL_STORY_TEXT } from '../data/real-dataset';

function serve(body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    ),
  );
}

/** The app as a reader of `lang` opens it: the address's `lang=` on top of what the test set. */
const inLang = (lang: Lang) => {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url.pathname + url.search);
  return <App />;
};

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the story in the reader’s language', () => {
  it('a Russian reader sees the title and the event titles in Russian, with no per-view code', async () => {
    serve(REAL_STORY_TEXT);
    window.history.replaceState(null, '', '/?select=event:talks');
    render(inLang('ru'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Саммит на Аляске' }),
    ).toBeInTheDocument();
    const timeline = document.querySelector('[data-view="timeline"]') as HTMLElement;
    expect(timeline).not.toBeNull();
    // Every event's accessible name on the timeline starts with its Russian title.
    const name = (id: string) =>
      timeline.querySelector(`[data-event-id="${id}"]`)?.getAttribute('aria-label');
    await waitFor(() => expect(name('talks')).toMatch(/^Переговоры в формате «три на три», /));
    expect(name('press-statements')).toMatch(/^Заявления для прессы, /);
    expect(name('lend-lease-ferry')).toMatch(/^Перегон самолётов по ленд-лизу: трасса АЛСИБ/);
    expect(timeline.textContent).not.toContain('Three-on-three talks');
    expect(document.title).toBe('Dayline — Саммит на Аляске');
    // So does the page's description (index.html's is the story's own, for link previews).
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'Саммит на Аляске — на одной странице: хронология дня, карта мест и прозвучавшие слова, связанные друг с другом.',
    );
    // The details of the selected event (a view that comes in after the first paint).
    const heading = await screen.findByRole('heading', {
      level: 3,
      name: 'Переговоры в формате «три на три»',
    });
    expect(heading).not.toHaveAttribute('lang');
    const details = heading.closest('[data-view="details"]') as HTMLElement;
    expect(within(details).getByText('Владимир Путин')).toBeInTheDocument();
  });

  it('marks the story’s own words lang="en" where a Ukrainian reader has no translation', async () => {
    const raw = JSON.parse(REAL_STORY_TEXT) as {
      texts: { uk: { events: Record<string, unknown> } };
    };
    delete raw.texts.uk.events.talks;
    serve(JSON.stringify(raw));
    window.history.replaceState(null, '', '/?select=event:talks');
    render(inLang('uk'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Саміт на Алясці' }),
    ).toBeInTheDocument();
    const heading = await screen.findByRole('heading', { level: 3, name: 'Three-on-three talks' });
    expect(heading).toHaveAttribute('lang', 'en');
    const details = heading.closest('[data-view="details"]') as HTMLElement;
    expect(within(details).getByText('Володимир Путін')).not.toHaveAttribute('lang');
  });

  it('a Russian reader sees Putin’s words in Russian first, with nothing saying they are translated', async () => {
    serve(REAL_STORY_TEXT);
    window.history.replaceState(null, '', '/?select=quote:q-dear-neighbour');
    render(inLang('ru'));
    const russian = await screen.findByText(/дорогой сосед/, {
      selector: '[data-view="details"] blockquote.details__quote p',
    });
    expect(russian.closest('blockquote')).toHaveAttribute('lang', 'ru');
    const details = russian.closest('[data-view="details"]') as HTMLElement;
    expect(within(details).queryByText(/Translated from/)).toBeNull();
    // The English translations are one press away.
    expect(within(details).getByRole('button', { name: /2 перевода/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
