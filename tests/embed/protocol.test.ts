import { describe, expect, it } from 'vitest';
import {
  errorMessage,
  readHostMessage,
  readyMessage,
  resizeMessages,
  selectMessage,
} from '../../src/embed/protocol';
import { miniStory } from '../fixtures/mini-story';

const story = miniStory();

describe('readHostMessage accepts exactly the host commands of DESIGN.md', () => {
  it('select names an item of the story', () => {
    expect(
      readHostMessage({ dayline: 1, type: 'select', kind: 'event', id: 'talks' }, story),
    ).toEqual({ type: 'select', selection: { kind: 'event', id: 'talks' } });
    expect(
      readHostMessage({ dayline: 1, type: 'select', kind: 'place', id: 'capital' }, story),
    ).toEqual({ type: 'select', selection: { kind: 'place', id: 'capital' } });
    expect(
      readHostMessage({ dayline: 1, type: 'select', kind: 'quote', id: 'q-good' }, story),
    ).toEqual({ type: 'select', selection: { kind: 'quote', id: 'q-good' } });
  });

  it('clear, and step by +1 or -1', () => {
    expect(readHostMessage({ dayline: 1, type: 'clear' }, story)).toEqual({ type: 'clear' });
    expect(readHostMessage({ dayline: 1, type: 'step', delta: 1 }, story)).toEqual({
      type: 'step',
      delta: 1,
    });
    expect(readHostMessage({ dayline: 1, type: 'step', delta: -1 }, story)).toEqual({
      type: 'step',
      delta: -1,
    });
  });

  it('tolerates extra fields a newer host may add', () => {
    expect(
      readHostMessage({ dayline: 1, type: 'clear', note: 'from the live blog' }, story),
    ).toEqual({ type: 'clear' });
  });
});

describe('readHostMessage ignores anything else, without throwing', () => {
  const malformed: [string, unknown][] = [
    ['a string', 'select event:talks'],
    ['JSON text of a valid command', JSON.stringify({ dayline: 1, type: 'clear' })],
    ['null', null],
    ['undefined', undefined],
    ['a number', 1],
    ['an array', [{ dayline: 1, type: 'clear' }]],
    ['a Date', new Date()],
    [
      'an object with a class',
      new (class Command {
        dayline = 1;
        type = 'clear';
      })(),
    ],
    ['no dayline marker', { type: 'clear' }],
    ['dayline "1" as text', { dayline: '1', type: 'clear' }],
    ['dayline 2', { dayline: 2, type: 'clear' }],
    ['an unknown type', { dayline: 1, type: 'destroy' }],
    [
      'our own outgoing select',
      { dayline: 1, type: 'select', selection: { kind: 'event', id: 'talks' } },
    ],
    ['our own resize', { dayline: 1, type: 'resize', height: 400 }],
    ['an AMP resize', { sentinel: 'amp', type: 'embed-size', height: 400 }],
    ['select of an unknown kind', { dayline: 1, type: 'select', kind: 'person', id: 'alice' }],
    ['select of a missing id', { dayline: 1, type: 'select', kind: 'event', id: 'nope' }],
    ['select with an empty id', { dayline: 1, type: 'select', kind: 'event', id: '' }],
    ['select with a number id', { dayline: 1, type: 'select', kind: 'event', id: 7 }],
    ['select without a kind', { dayline: 1, type: 'select', id: 'talks' }],
    [
      'select with a huge id',
      { dayline: 1, type: 'select', kind: 'event', id: 'x'.repeat(10_000) },
    ],
    ['a prototype-polluting id', { dayline: 1, type: 'select', kind: 'event', id: '__proto__' }],
    ['step by 2', { dayline: 1, type: 'step', delta: 2 }],
    ['step by "1"', { dayline: 1, type: 'step', delta: '1' }],
    ['step without delta', { dayline: 1, type: 'step' }],
    ['step by NaN', { dayline: 1, type: 'step', delta: Number.NaN }],
  ];
  it.each(malformed)('%s', (_name, data) => {
    expect(readHostMessage(data, story)).toBeNull();
  });

  it('a hostile object whose getters throw is not read past the plain-object check', () => {
    const hostile = Object.create(
      {},
      {
        dayline: {
          get() {
            throw new Error('gotcha');
          },
        },
      },
    );
    expect(readHostMessage(hostile, story)).toBeNull();
  });
});

describe('messages to the host', () => {
  it('ready names the story and the selection at start', () => {
    expect(readyMessage(story, { kind: 'event', id: 'talks' })).toEqual({
      dayline: 1,
      type: 'ready',
      story: { id: 'mini', title: 'Mini summit' },
      selection: { kind: 'event', id: 'talks' },
    });
  });

  it('select carries exactly {kind, id} or null, and who made the change', () => {
    const stop = story.tour[1]!.selection;
    expect(selectMessage(stop, 'host')).toEqual({
      dayline: 1,
      type: 'select',
      selection: { kind: 'event', id: 'talks' },
      source: 'host',
    });
    expect(selectMessage(null, 'user').selection).toBeNull();
  });

  it('resize comes in Dayline’s form and the AMP form, with the same height', () => {
    expect(resizeMessages(812)).toEqual([
      { dayline: 1, type: 'resize', height: 812 },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
    ]);
  });

  it('every message survives structured cloning (postMessage)', () => {
    const messages = [
      readyMessage(story, story.tour[0]!.selection),
      selectMessage(story.tour[2]!.selection, 'user'),
      ...resizeMessages(1),
      errorMessage([{ path: 'events[0].start', message: 'not a time' }]),
    ];
    for (const m of messages) expect(structuredClone(m)).toEqual(m);
  });
});
