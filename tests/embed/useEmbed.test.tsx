import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEmbed } from '../../src/embed/useEmbed';
import { useEmbedShell } from '../../src/embed/useEmbedShell';
import { StoreContext, StoryContext, useSelect } from '../../src/state/hooks';
import { createStore } from '../../src/state/store';
import { DEFAULT_FRAME, type Frame } from '../../src/state/url';
import { miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

const HOST = 'https://host.example';

/** Stands in for the embedding page: records what the app posts to `window.parent`. */
interface FakeParent {
  messages: { message: unknown; targetOrigin: string }[];
}
let parent: FakeParent;

beforeEach(() => {
  parent = { messages: [] };
  const fake = {
    postMessage: (message: unknown, targetOrigin: string) =>
      parent.messages.push({ message: structuredClone(message), targetOrigin }),
  };
  Object.defineProperty(window, 'parent', { value: fake, configurable: true });
});
afterEach(() => {
  Object.defineProperty(window, 'parent', { value: window, configurable: true });
});

const sent = () => parent.messages.map((m) => m.message as { type?: string });
const ofType = (type: string) => sent().filter((m) => m.type === type);

function Embedded({ frame }: { frame: Frame }) {
  useEmbed(frame);
  const select = useSelect();
  return (
    <button type="button" onClick={() => select({ kind: 'place', id: 'capital' })}>
      Capital city
    </button>
  );
}

const embedFrame = (patch: Partial<Frame> = {}): Frame => ({
  ...DEFAULT_FRAME,
  embed: true,
  ...patch,
});
const hostSends = (data: unknown, origin = HOST) =>
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
  });

describe('useEmbed: the app’s side of the protocol', () => {
  it('posts ready once with the story and the starting selection, even in StrictMode', () => {
    const story = miniStory();
    const store = createStore({ selection: { kind: 'event', id: 'talks' } });
    render(
      <StrictMode>
        <StoryContext.Provider value={story}>
          <StoreContext.Provider value={store}>
            <Embedded frame={embedFrame()} />
          </StoreContext.Provider>
        </StoryContext.Provider>
      </StrictMode>,
    );
    expect(ofType('ready')).toEqual([
      {
        dayline: 1,
        type: 'ready',
        story: { id: 'mini', title: 'Mini summit' },
        selection: { kind: 'event', id: 'talks' },
      },
    ]);
  });

  it('tells the host about the reader’s selections', async () => {
    renderWithStory(<Embedded frame={embedFrame()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Capital city' }));
    expect(ofType('select')).toEqual([
      { dayline: 1, type: 'select', selection: { kind: 'place', id: 'capital' }, source: 'user' },
    ]);
  });

  it('applies a host select and answers with select', async () => {
    const { store } = renderWithStory(<Embedded frame={embedFrame()} />);
    hostSends({ dayline: 1, type: 'select', kind: 'event', id: 'press' });
    await waitFor(() => expect(store.get().selection).toEqual({ kind: 'event', id: 'press' }));
    expect(ofType('select')).toEqual([
      { dayline: 1, type: 'select', selection: { kind: 'event', id: 'press' }, source: 'host' },
    ]);
  });

  it('ignores malformed messages silently', async () => {
    const { store } = renderWithStory(<Embedded frame={embedFrame()} />);
    hostSends('hello');
    hostSends({ dayline: 1, type: 'select', kind: 'event', id: 'nope' });
    hostSends({ dayline: 1, type: 'select', kind: 'event', id: 'talks', extra: 1 }, HOST);
    await waitFor(() => expect(store.get().selection).toEqual({ kind: 'event', id: 'talks' }));
    expect(ofType('select')).toHaveLength(1);
  });

  it('with origin=, posts only to that origin and ignores every other sender', async () => {
    const { store } = renderWithStory(<Embedded frame={embedFrame({ origin: HOST })} />);
    hostSends({ dayline: 1, type: 'select', kind: 'event', id: 'talks' }, 'https://other.example');
    await new Promise((done) => setTimeout(done, 150));
    expect(store.get().selection).toBeNull();
    hostSends({ dayline: 1, type: 'select', kind: 'event', id: 'talks' }, HOST);
    await waitFor(() => expect(store.get().selection).not.toBeNull());
    expect(parent.messages.length).toBeGreaterThan(0);
    expect(parent.messages.every((m) => m.targetOrigin === HOST)).toBe(true);
  });

  it('without origin=, posts to any host', () => {
    renderWithStory(<Embedded frame={embedFrame()} />);
    expect(parent.messages[0]?.targetOrigin).toBe('*');
  });

  it('outside embed mode it neither posts nor listens', async () => {
    const { store } = renderWithStory(<Embedded frame={DEFAULT_FRAME} />);
    hostSends({ dayline: 1, type: 'select', kind: 'event', id: 'talks' });
    await new Promise((done) => setTimeout(done, 150));
    expect(store.get().selection).toBeNull();
    expect(parent.messages).toEqual([]);
  });

  it('stops listening when the explorer goes away', async () => {
    const { unmount, store } = renderWithStory(<Embedded frame={embedFrame()} />);
    unmount();
    hostSends({ dayline: 1, type: 'select', kind: 'event', id: 'talks' });
    await new Promise((done) => setTimeout(done, 150));
    expect(store.get().selection).toBeNull();
  });
});

function Shell({ frame, failed }: { frame: Frame; failed: boolean }) {
  useEmbedShell(frame, failed ? [{ path: 'events[0].start', message: 'not a time' }] : null);
  return <p>content</p>;
}

describe('useEmbedShell: before the story shows', () => {
  it('reports a load error to the host with its located problems', () => {
    renderWithStory(<Shell frame={embedFrame()} failed />);
    expect(ofType('error')).toEqual([
      { dayline: 1, type: 'error', problems: [{ path: 'events[0].start', message: 'not a time' }] },
    ]);
  });

  it('says nothing when the page is not embedded', () => {
    renderWithStory(<Shell frame={DEFAULT_FRAME} failed />);
    expect(parent.messages).toEqual([]);
  });
});

describe('useEmbedShell: auto-height', () => {
  it('posts the body’s height in both forms whenever it changes, and only then', () => {
    let height = 480.2;
    let resized: () => void = () => {};
    const Original = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    const measure = vi
      .spyOn(document.body, 'getBoundingClientRect')
      .mockImplementation(() => ({ height }) as DOMRect);
    try {
      renderWithStory(<Shell frame={embedFrame()} failed={false} />);
      resized();
      height = 912;
      resized();
      expect(sent()).toEqual([
        { dayline: 1, type: 'resize', height: 481 },
        { sentinel: 'amp', type: 'embed-size', height: 481 },
        { dayline: 1, type: 'resize', height: 912 },
        { sentinel: 'amp', type: 'embed-size', height: 912 },
      ]);
    } finally {
      globalThis.ResizeObserver = Original;
      measure.mockRestore();
    }
  });
});
