import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/shell/App';
import { PanelBoundary } from '../../src/shell/PanelBoundary';
import { MINI_RAW } from '../fixtures/mini-story';

function answer(body: string, status = 200) {
  return Promise.resolve(
    new Response(body, { status, headers: { 'content-type': 'application/json' } }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('App: loading a story', () => {
  it('shows a loading state, then the story', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => answer(JSON.stringify(MINI_RAW))),
    );
    render(<App />);
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mini summit' }),
    ).toBeInTheDocument();
  });

  it('a broken story shows located problems in an alert, and Retry loads again', async () => {
    const broken = { ...MINI_RAW, events: [{ ...MINI_RAW.events[0], start: '10:20' }] };
    const fetchMock = vi.fn(() => answer(JSON.stringify(broken)));
    vi.stubGlobal('fetch', fetchMock);
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('events[0].start');
    expect(alert).toHaveTextContent('not an ISO 8601 time with an offset');
    fetchMock.mockImplementation(() => answer(JSON.stringify(MINI_RAW)));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mini summit' }),
    ).toBeInTheDocument();
  });

  it('a selection in the URL that the story lacks becomes a notice, not a crash', async () => {
    window.history.replaceState(null, '', '/?select=event:nope&tz=Mars/Phobos');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => answer(JSON.stringify(MINI_RAW))),
    );
    render(<App />);
    expect(await screen.findByText(/select=event:nope was ignored/)).toBeInTheDocument();
    expect(screen.getByText(/tz=Mars\/Phobos was ignored/)).toBeInTheDocument();
    expect(document.querySelectorAll('[data-state="idle"]').length).toBeGreaterThan(0);
  });

  it('a server error is reported with its status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => answer('nope', 404)),
    );
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('404');
  });
});

function Broken(): never {
  throw new Error('map exploded');
}

describe('PanelBoundary', () => {
  it('shows its own error while its siblings keep working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <PanelBoundary name="map">
          <Broken />
        </PanelBoundary>
        <p>Quotes still here</p>
      </div>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The map could not be shown.');
    expect(screen.getByText('Quotes still here')).toBeInTheDocument();
  });
});
