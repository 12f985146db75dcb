import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_STORY_ID, jsonForScript } from '../../src/data/embedded';
import { App } from '../../src/shell/App';
import { MINI_RAW } from '../fixtures/mini-story';

/** The page carries a story, as the single HTML file does. */
function carry(story: unknown) {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = EMBEDDED_STORY_ID;
  element.textContent = jsonForScript(JSON.stringify(story));
  document.body.append(element);
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.getElementById(EMBEDDED_STORY_ID)?.remove();
  window.history.replaceState(null, '', '/');
});

describe('App: a story carried by the page (the single HTML file)', () => {
  it('shows it without fetching anything', async () => {
    const fetchMock = vi.fn(() => Promise.reject(new TypeError('offline')));
    vi.stubGlobal('fetch', fetchMock);
    carry({ ...MINI_RAW, title: 'Mini summit </script><!--' });
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mini summit </script><!--' }),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports a broken carried story in an alert naming the page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    carry({ ...MINI_RAW, events: [{ ...MINI_RAW.events[0], start: '10:20' }] });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the story in this page');
    expect(alert).toHaveTextContent('events[0].start');
  });

  it('still loads the story named by data=', async () => {
    window.history.replaceState(null, '', '/?data=other.json');
    const fetchMock = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ ...MINI_RAW, title: 'Other day' }), {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    carry(MINI_RAW);
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Other day' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
