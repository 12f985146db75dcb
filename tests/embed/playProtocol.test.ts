import { describe, expect, it } from 'vitest';
import { createHostChannel, foldPlayCommands } from '../../src/embed/hostChannel';
import { readHostMessage, timeMessage } from '../../src/embed/protocol';
import { reportTime } from '../../src/embed/reportTime';
import { createStore } from '../../src/state/store';
import { DEFAULT_FRAME, parseUrl, serialiseUrl } from '../../src/state/url';
import { realStory } from '../data/real-dataset';

const story = realStory();

describe('the embed protocol: play, pause, seek and time', () => {
  it('reads play, pause and a seek to an ISO time with offset', () => {
    expect(readHostMessage({ dayline: 1, type: 'play' }, story)).toEqual({ type: 'play' });
    expect(readHostMessage({ dayline: 1, type: 'pause' }, story)).toEqual({ type: 'pause' });
    expect(
      readHostMessage({ dayline: 1, type: 'seek', t: '2025-08-15T10:40:00-08:00' }, story),
    ).toEqual({ type: 'seek', t: '2025-08-15T10:40:00-08:00' });
  });

  it('ignores a malformed seek', () => {
    for (const t of [
      'soon',
      12,
      null,
      '2025-02-30T10:00:00Z',
      '2025-08-15T10:40:00',
      'x'.repeat(99),
    ])
      expect(readHostMessage({ dayline: 1, type: 'seek', t }, story)).toBeNull();
  });

  it('folds a run of commands: the last play/pause and the last seek win', () => {
    expect(
      foldPlayCommands([
        { type: 'play' },
        { type: 'seek', t: '2025-08-15T10:00:00-08:00' },
        { type: 'pause' },
        { type: 'seek', t: '2025-08-15T11:00:00-08:00' },
      ]),
    ).toEqual({ playing: false, t: '2025-08-15T11:00:00-08:00' });
  });

  it('applies host commands to the store without touching the selection', () => {
    const store = createStore({ selection: { kind: 'event', id: 'talks' } });
    let flush: (() => void) | null = null;
    const posted: unknown[] = [];
    const channel = createHostChannel({
      story,
      store,
      origin: null,
      post: (m) => posted.push(m),
      schedule: (f) => {
        flush = f;
        return () => {};
      },
    });
    const receive = (data: unknown) => channel.receive(new MessageEvent('message', { data }));
    receive({ dayline: 1, type: 'select', kind: 'event', id: 'greeting' });
    receive({ dayline: 1, type: 'seek', t: '2025-08-15T12:00:00-08:00' });
    receive({ dayline: 1, type: 'play' });
    (flush as unknown as () => void)();
    expect(store.get()).toMatchObject({
      selection: { kind: 'event', id: 'greeting' },
      t: '2025-08-15T12:00:00-08:00',
      playing: true,
    });
  });

  it('reports time at most every 250 ms, and always the last', () => {
    const store = createStore();
    const posted: unknown[] = [];
    let clock = 0;
    const stop = reportTime(
      store,
      (m) => posted.push(m),
      () => clock,
    );
    store.set({ t: '2025-08-15T10:00:00-08:00' });
    clock = 10;
    store.set({ t: '2025-08-15T10:01:00-08:00' });
    expect(posted).toEqual([timeMessage('2025-08-15T10:00:00-08:00', false)]);
    stop();
  });
});

describe('t= in the URL', () => {
  it('reads an ISO time with offset and writes it back', () => {
    const { state, notices } = parseUrl('?t=2025-08-15T10:40:00-08:00');
    expect(state.t).toBe('2025-08-15T10:40:00-08:00');
    expect(notices).toEqual([]);
    const store = createStore(state);
    expect(serialiseUrl(store.get(), DEFAULT_FRAME)).toBe('?t=2025-08-15T10:40:00-08:00');
  });

  it('ignores a bad time with a notice', () => {
    const { state, notices } = parseUrl('?t=yesterday');
    expect(state.t).toBeUndefined();
    expect(notices[0]?.message).toMatch(/t=yesterday was ignored/);
  });
});
