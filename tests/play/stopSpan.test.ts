import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/play/clock';
import { buildPlayModel } from '../../src/play/dayEvents';
import { playStop } from '../../src/present/playStop';
import { stopSpan } from '../../src/present/stopSpan';
import { createStore } from '../../src/state/store';
import { realStory } from '../data/real-dataset';

const story = realStory();
const model = buildPlayModel(story);
const at = (iso: string) => Date.parse(iso);
const stopOf = (select: string) => {
  const i = story.tour.findIndex((s) => `${s.selection.kind}:${s.selection.id}` === select);
  if (i < 0) throw new Error(`no stop ${select}`);
  return i;
};

describe('stopSpan: what presentation mode plays for a stop', () => {
  it('plays an event from its start to its end', () => {
    expect(stopSpan(story, model, stopOf('event:greeting'))).toEqual({
      from: at('2025-08-15T11:07:00-08:00'),
      to: at('2025-08-15T11:10:00-08:00'),
    });
  });

  it('plays an instant until the next stop begins', () => {
    // Putin's plane lands at 10:54; the next stop, the greeting, begins at 11:07.
    expect(stopSpan(story, model, stopOf('event:putin-lands'))).toEqual({
      from: at('2025-08-15T10:54:00-08:00'),
      to: at('2025-08-15T11:07:00-08:00'),
    });
  });

  it('plays an order-only event across its whole window, never from a made-up minute', () => {
    const limo = story.eventById.get('limo-ride');
    const window = limo && model.orderWindow(limo);
    expect(window).toBeTruthy();
    expect(stopSpan(story, model, stopOf('event:limo-ride'))).toEqual({
      from: window?.fromMs,
      to: window?.toMs,
    });
  });

  it('plays a quote’s event, and nothing for a stop in another year', () => {
    expect(stopSpan(story, model, stopOf('quote:q-dear-neighbour'))).toEqual(
      stopSpan(story, model, stopOf('event:press-statements')),
    );
    expect(stopSpan(story, model, stopOf('event:lend-lease-ferry'))).toBeNull();
  });
});

describe('playStop', () => {
  it('seeks to the span’s start, plays until its end, and pauses when pressed again', () => {
    const store = createStore({ t: '2025-08-15T09:00:00-08:00' });
    const clock = createClock(store, story);
    const span = stopSpan(story, model, stopOf('event:greeting'));
    playStop(store, clock, span);
    expect(clock.now()).toBe(at('2025-08-15T11:07:00-08:00'));
    expect(clock.end()).toBe(at('2025-08-15T11:10:00-08:00'));
    expect(store.get()).toMatchObject({ playing: true, t: '2025-08-15T11:07:00-08:00' });
    playStop(store, clock, span);
    expect(store.get().playing).toBe(false);
  });

  it('continues from the playhead when it is already inside the span', () => {
    const store = createStore({ t: '2025-08-15T11:08:00-08:00' });
    const clock = createClock(store, story);
    playStop(store, clock, stopSpan(story, model, stopOf('event:greeting')));
    expect(clock.now()).toBe(at('2025-08-15T11:08:00-08:00'));
    expect(store.get().playing).toBe(true);
  });
});
