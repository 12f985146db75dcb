import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/shell/App';
import { MINI_RAW } from '../fixtures/mini-story';

const answer = (body: string, status = 200) =>
  Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));

function open(search: string, fetchImpl: (url: string, init?: RequestInit) => Promise<Response>) {
  window.history.replaceState(null, '', `/${search}`);
  const fetchMock = vi.fn((url: string, init?: RequestInit) => fetchImpl(url, init));
  vi.stubGlobal('fetch', fetchMock);
  render(<App />);
  return fetchMock;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const OTHER = 'https://stories.example/other.json';

describe('data=URL loads another story', () => {
  it('without data= the default story is loaded', async () => {
    const fetchMock = open('', () => answer(JSON.stringify(MINI_RAW)));
    await screen.findByRole('heading', { level: 1, name: 'Mini summit' });
    expect(fetchMock.mock.calls[0]?.[0]).toMatch(/alaska-summit-2025.*\.json/);
  });

  it('with data= that address is fetched and its story shown, in embed mode too', async () => {
    const fetchMock = open(`?embed=1&data=${encodeURIComponent(OTHER)}`, () =>
      answer(JSON.stringify({ ...MINI_RAW, title: 'Another day' })),
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Another day');
    expect(fetchMock).toHaveBeenCalledWith(OTHER, expect.anything());
  });

  it('a relative address is read against the page', async () => {
    const fetchMock = open('?data=stories/b.json', () => answer(JSON.stringify(MINI_RAW)));
    await screen.findByRole('heading', { level: 1, name: 'Mini summit' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://localhost:3000/stories/b.json');
  });
});

describe('data=URL that cannot be shown gives a located, readable error with Retry', () => {
  it('another scheme is refused before anything is fetched', async () => {
    const fetchMock = open('?data=javascript:alert(1)', () => answer('{}'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('javascript:alert(1)');
    expect(alert).toHaveTextContent(
      'only http: and https: addresses can be loaded, not javascript:',
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a server without CORS: the reader sees that it does not allow other sites to read it, and how to allow it', async () => {
    open(`?data=${encodeURIComponent(OTHER)}`, (_url, init) =>
      init?.mode === 'no-cors'
        ? Promise.resolve(new Response(null))
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(OTHER);
    expect(alert).toHaveTextContent(
      'the server at https://stories.example does not allow other sites to read this file (CORS)',
    );
    expect(alert).toHaveTextContent('Access-Control-Allow-Origin: *');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('an address that answers with a web page says so, not "not valid JSON"', async () => {
    open(`?data=${encodeURIComponent(OTHER)}`, () => answer('<!doctype html><p>Not found</p>'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'the address answered with a web page (HTML), not a story file: https://stories.example/other.json',
    );
    expect(alert).not.toHaveTextContent('not valid JSON');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('a missing file says "not found" with its address', async () => {
    open(`?data=${encodeURIComponent(OTHER)}`, () => answer('gone', 404));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'the file was not found (404) at https://stories.example/other.json',
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('a local file path is refused before fetching: a web page cannot open it', async () => {
    const fetchMock = open(`?data=${encodeURIComponent('C:\\Users\\me\\day.json')}`, () =>
      answer('{}'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('is a local file path');
    expect(alert).toHaveTextContent('cannot be opened by a web page');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a file that is not JSON says so', async () => {
    open(`?data=${encodeURIComponent(OTHER)}`, () => answer('{"version": 1,'));
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
  });

  it('an invalid story lists each problem with its path', async () => {
    const broken = { ...MINI_RAW, places: [{ ...MINI_RAW.places[0], lat: 123 }] };
    open(`?data=${encodeURIComponent(OTHER)}`, () => answer(JSON.stringify(broken)));
    expect(await screen.findByRole('alert')).toHaveTextContent(/places\[0\]\.lat/);
  });

  it('no answer within 10 s is a timeout', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    // A server that never answers; like a real fetch, it gives up when aborted.
    open(
      `?data=${encodeURIComponent(OTHER)}`,
      (_url, init) =>
        new Promise<Response>((_, fail) =>
          init?.signal?.addEventListener('abort', () =>
            fail(new DOMException('aborted', 'AbortError')),
          ),
        ),
    );
    await vi.advanceTimersByTimeAsync(10_001);
    expect(await screen.findByRole('alert')).toHaveTextContent('no answer within 10 s');
  });

  it('Retry loads the story again', async () => {
    let online = false;
    open(`?data=${encodeURIComponent(OTHER)}`, () =>
      online ? answer(JSON.stringify(MINI_RAW)) : Promise.reject(new TypeError('Failed to fetch')),
    );
    await screen.findByRole('alert');
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mini summit' }),
    ).toBeInTheDocument();
  });

  it('in embed mode the same error and Retry show inside the frame, in the embed layout', async () => {
    open(`?embed=1&data=${encodeURIComponent(OTHER)}`, () => answer('nope'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(alert.closest('.app')).toHaveClass('app--embed');
  });
});

describe('a story from another origin', () => {
  it('shows a line naming that origin; the site’s own story shows none', async () => {
    open(`?data=${encodeURIComponent(OTHER)}`, () => answer(JSON.stringify(MINI_RAW)));
    await screen.findByRole('heading', { level: 1, name: 'Mini summit' });
    expect(screen.getAllByText(/not published by this site/)[0]).toHaveTextContent(
      'Story from stories.example — not published by this site',
    );
  });

  it('a relative address (this site) has no such line', async () => {
    open('?data=stories/b.json', () => answer(JSON.stringify(MINI_RAW)));
    await screen.findByRole('heading', { level: 1, name: 'Mini summit' });
    expect(screen.queryByText(/not published by this site/)).toBeNull();
  });
});
