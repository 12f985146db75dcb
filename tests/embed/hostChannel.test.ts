import { describe, expect, it, vi } from 'vitest';
import { createHostChannel, foldHostCommands } from '../../src/embed/hostChannel';
import type { AmpResizeMessage, AppMessage } from '../../src/embed/protocol';
import { type AppState, createStore } from '../../src/state/store';
import { miniStory } from '../fixtures/mini-story';

const story = miniStory();
const HOST = 'https://host.example';

/** A channel whose animation frames run only when the test says so. */
function setUp({ origin = null as string | null, state = {} as Partial<AppState> } = {}) {
  const store = createStore(state);
  const posted: (AppMessage | AmpResizeMessage)[] = [];
  const frames: (() => void)[] = [];
  const changes: string[] = [];
  store.subscribe((s, _p, source) => changes.push(`${source}:${s.selection?.id ?? 'none'}`));
  const channel = createHostChannel({
    story,
    store,
    origin,
    post: (m) => posted.push(m),
    schedule: (flush) => {
      frames.push(flush);
      return () => frames.splice(frames.indexOf(flush), 1);
    },
  });
  const send = (data: unknown, from = HOST) =>
    channel.receive(new MessageEvent('message', { data, origin: from }));
  const nextFrame = () => {
    for (const flush of frames.splice(0)) flush();
  };
  return { store, posted, frames, changes, channel, send, nextFrame };
}

describe('the host channel applies host commands', () => {
  it('select makes the item the selection, marked as coming from the host', () => {
    const { store, send, nextFrame, changes } = setUp();
    send({ dayline: 1, type: 'select', kind: 'place', id: 'capital' });
    nextFrame();
    expect(store.get().selection).toEqual({ kind: 'place', id: 'capital' });
    expect(changes).toEqual(['host:capital']);
  });

  it('clear empties the selection', () => {
    const { store, send, nextFrame } = setUp({
      state: { selection: { kind: 'event', id: 'talks' } },
    });
    send({ dayline: 1, type: 'clear' });
    nextFrame();
    expect(store.get().selection).toBeNull();
  });

  it('step moves along the story’s tour and selects each stop, stopping at the ends', () => {
    const { store, send, nextFrame } = setUp();
    send({ dayline: 1, type: 'step', delta: 1 });
    nextFrame();
    expect(store.get()).toMatchObject({ step: 1, selection: { kind: 'event', id: 'talks' } });
    for (let i = 0; i < 5; i++) send({ dayline: 1, type: 'step', delta: 1 });
    nextFrame();
    expect(store.get()).toMatchObject({ step: 2, selection: { kind: 'quote', id: 'q-capital' } });
    send({ dayline: 1, type: 'step', delta: -1 });
    nextFrame();
    expect(store.get().step).toBe(1);
  });

  it('a select that changes nothing is still answered with the selection', () => {
    const { send, nextFrame, posted } = setUp({
      state: { selection: { kind: 'event', id: 'talks' } },
    });
    send({ dayline: 1, type: 'select', kind: 'event', id: 'talks' });
    nextFrame();
    expect(posted).toEqual([
      { dayline: 1, type: 'select', selection: { kind: 'event', id: 'talks' }, source: 'host' },
    ]);
  });

  it('a select that changes the selection is left for the store’s listener to answer', () => {
    const { send, nextFrame, posted } = setUp();
    send({ dayline: 1, type: 'select', kind: 'event', id: 'talks' });
    nextFrame();
    expect(posted).toEqual([]);
  });
});

describe('the host channel ignores what it must not act on', () => {
  it('malformed messages change nothing and schedule nothing', () => {
    const { store, send, frames } = setUp();
    for (const data of [
      'select',
      null,
      { dayline: 1, type: 'select', kind: 'event', id: 'nope' },
      { dayline: 1, type: 'step', delta: 3 },
      { type: 'clear' },
    ])
      expect(() => send(data)).not.toThrow();
    expect(frames).toHaveLength(0);
    expect(store.get().selection).toBeNull();
  });

  it('with origin=, messages from any other origin are ignored', () => {
    const { store, send, nextFrame } = setUp({ origin: HOST });
    send({ dayline: 1, type: 'select', kind: 'event', id: 'talks' }, 'https://evil.example');
    send({ dayline: 1, type: 'select', kind: 'event', id: 'talks' }, 'http://host.example');
    nextFrame();
    expect(store.get().selection).toBeNull();
    send({ dayline: 1, type: 'select', kind: 'event', id: 'talks' }, HOST);
    nextFrame();
    expect(store.get().selection).toEqual({ kind: 'event', id: 'talks' });
  });

  it('without origin=, any origin may drive it (the data is public)', () => {
    const { store, send, nextFrame } = setUp();
    send({ dayline: 1, type: 'clear' }, 'https://anyone.example');
    send({ dayline: 1, type: 'select', kind: 'place', id: 'base' }, 'https://anyone.example');
    nextFrame();
    expect(store.get().selection).toEqual({ kind: 'place', id: 'base' });
  });

  it('dispose drops commands not yet applied', () => {
    const { store, send, channel, frames } = setUp();
    send({ dayline: 1, type: 'select', kind: 'event', id: 'talks' });
    channel.dispose();
    expect(frames).toHaveLength(0);
    expect(store.get().selection).toBeNull();
  });
});

describe('a flood of host messages', () => {
  it('1,000 selects within one frame make one store change, ending on the last', () => {
    const { store, send, nextFrame, frames, changes } = setUp();
    const ids = ['talks', 'arrival', 'press', 'next'];
    for (let i = 0; i < 1000; i++)
      send({ dayline: 1, type: 'select', kind: 'event', id: ids[i % ids.length] });
    expect(frames).toHaveLength(1);
    const set = vi.spyOn(store, 'set');
    nextFrame();
    expect(set).toHaveBeenCalledTimes(1);
    expect(changes).toEqual(['host:next']);
    expect(store.get().selection).toEqual({ kind: 'event', id: 'next' });
  });

  it('spread over many frames, each frame applies only its latest', () => {
    const { store, send, nextFrame, changes } = setUp();
    for (let frame = 0; frame < 10; frame++) {
      for (let i = 0; i < 100; i++)
        send({ dayline: 1, type: 'select', kind: 'event', id: i % 2 ? 'talks' : 'press' });
      nextFrame();
    }
    expect(changes).toEqual(['host:talks']);
    expect(store.get().selection).toEqual({ kind: 'event', id: 'talks' });
  });

  it('steps in a flood all count, in order with the selects around them', () => {
    const { store, send, nextFrame } = setUp();
    send({ dayline: 1, type: 'select', kind: 'place', id: 'base' });
    send({ dayline: 1, type: 'step', delta: 1 });
    send({ dayline: 1, type: 'step', delta: 1 });
    nextFrame();
    expect(store.get()).toMatchObject({ step: 2, selection: { kind: 'quote', id: 'q-capital' } });
  });
});

describe('foldHostCommands', () => {
  it('applies commands in order: the last select or clear wins over earlier ones', () => {
    const start = { selection: null, step: 0 };
    expect(
      foldHostCommands(
        start,
        [
          { type: 'select', selection: { kind: 'event', id: 'talks' } },
          { type: 'clear' },
          { type: 'select', selection: { kind: 'place', id: 'base' } },
        ],
        story,
      ),
    ).toEqual({ selection: { kind: 'place', id: 'base' }, step: 0 });
  });

  it('a select after a step overrides the stop’s selection but keeps the step', () => {
    expect(
      foldHostCommands(
        { selection: null, step: 0 },
        [
          { type: 'step', delta: 1 },
          { type: 'select', selection: { kind: 'place', id: 'capital' } },
        ],
        story,
      ),
    ).toEqual({ selection: { kind: 'place', id: 'capital' }, step: 1 });
  });

  it('steps do nothing in a story without a tour', () => {
    const untoured = miniStory({ tour: [] });
    expect(
      foldHostCommands({ selection: null, step: 0 }, [{ type: 'step', delta: 1 }], untoured),
    ).toEqual({ selection: null, step: 0 });
  });
});
