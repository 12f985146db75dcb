import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AppState, INITIAL_STATE } from '../../src/state/store';
import {
  checkDataAddress,
  DEFAULT_FRAME,
  type Frame,
  parseUrl,
  serialiseUrl,
} from '../../src/state/url';

const state = (patch: Partial<AppState>): AppState => ({ ...INITIAL_STATE, ...patch });
const frame = (patch: Partial<Frame>): Frame => ({ ...DEFAULT_FRAME, ...patch });

describe('parseUrl reads every key of DESIGN.md’s URL list', () => {
  it('select=KIND:ID for each kind, keeping colons inside the id', () => {
    expect(parseUrl('?select=event:talks').state.selection).toEqual({ kind: 'event', id: 'talks' });
    expect(parseUrl('?select=place:moscow').state.selection).toEqual({
      kind: 'place',
      id: 'moscow',
    });
    expect(parseUrl('?select=quote:a:b').state.selection).toEqual({ kind: 'quote', id: 'a:b' });
  });

  it('tz= story, UTC (any case), local and IANA zones', () => {
    expect(parseUrl('?tz=story').state.zone).toBe('story');
    expect(parseUrl('?tz=utc').state.zone).toBe('UTC');
    expect(parseUrl('?tz=local').state.zone).toBe('local');
    expect(parseUrl('?tz=Europe/Moscow').state.zone).toBe('Europe/Moscow');
  });

  it('view= all, timeline, map, quotes', () => {
    for (const view of ['all', 'timeline', 'map', 'quotes'] as const)
      expect(parseUrl(`?view=${view}`).state.view).toBe(view);
  });

  it('step=N counts stops from 1 and stores them from 0', () => {
    expect(parseUrl('?present=1&step=3').state).toMatchObject({ present: true, step: 2 });
  });

  it('embed=1, present=1 and presenter=1 are flags; 0 turns them off', () => {
    expect(parseUrl('?embed=1').frame.embed).toBe(true);
    expect(parseUrl('?embed').frame.embed).toBe(true);
    expect(parseUrl('?embed=0').frame.embed).toBe(false);
    expect(parseUrl('?present=1').state.present).toBe(true);
    expect(parseUrl('?presenter=1').frame.presenter).toBe(true);
  });

  it('data= keeps the address as given; origin= keeps only the origin', () => {
    const { frame } = parseUrl(
      `?data=${encodeURIComponent('https://example.org/s.json?v=2')}&origin=https://news.example/a/b`,
    );
    expect(frame.data).toBe('https://example.org/s.json?v=2');
    expect(frame.origin).toBe('https://news.example');
  });

  it('an address without keys is the default state and frame, with no notices', () => {
    expect(parseUrl('')).toEqual({ state: {}, frame: DEFAULT_FRAME, notices: [] });
  });
});

describe('parseUrl: bad values become notices and fall back to the default', () => {
  const cases: [string, string, RegExp][] = [
    ['?tz=Mars/Phobos', 'tz', /tz=Mars\/Phobos was ignored: "Mars\/Phobos" is not a time zone/],
    ['?step=-4', 'step', /step=-4 was ignored/],
    ['?step=0', 'step', /step=0 was ignored/],
    ['?step=2.5', 'step', /step=2\.5 was ignored/],
    ['?select=nope', 'select', /select=nope was ignored: expected KIND:ID/],
    ['?select=person:trump', 'select', /select=person:trump was ignored/],
    ['?view=globe', 'view', /view=globe was ignored: expected one of all, timeline, map, quotes/],
    ['?embed=maybe', 'embed', /embed=maybe was ignored: expected 1 or 0/],
    ['?origin=not-a-url', 'origin', /origin=not-a-url was ignored/],
    ['?data=', 'data', /data= was ignored: expected the address of a story file/],
    ['?colour=red', 'colour', /colour= is not a Dayline setting/],
  ];
  it.each(cases)('%s → a notice for %s', (search, key, message) => {
    const { state, frame, notices } = parseUrl(search);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.key).toBe(key);
    expect(notices[0]?.message).toMatch(message);
    expect(state).toEqual({});
    expect(frame).toEqual(DEFAULT_FRAME);
  });

  it('one bad key does not spoil the good ones beside it', () => {
    const { state, notices } = parseUrl('?tz=Mars/Phobos&select=event:talks&view=map');
    expect(state).toEqual({ selection: { kind: 'event', id: 'talks' }, view: 'map' });
    expect(notices.map((n) => n.key)).toEqual(['tz']);
  });
});

describe('serialiseUrl', () => {
  it('leaves defaults out, so the default view is the bare address', () => {
    expect(serialiseUrl(INITIAL_STATE, DEFAULT_FRAME)).toBe('');
  });

  it('writes readable links: colons and slashes stay as they are', () => {
    const search = serialiseUrl(
      state({ selection: { kind: 'place', id: 'moscow' }, zone: 'Europe/Moscow', view: 'map' }),
      frame({ embed: true }),
    );
    expect(search).toBe('?embed=1&view=map&tz=Europe/Moscow&select=place:moscow');
  });

  it('writes step only in presentation mode, counting from 1', () => {
    expect(serialiseUrl(state({ present: true, step: 4 }), DEFAULT_FRAME)).toBe(
      '?present=1&step=5',
    );
    expect(serialiseUrl(state({ step: 4 }), DEFAULT_FRAME)).toBe('');
  });
});

const kinds = fc.constantFrom('event' as const, 'place' as const, 'quote' as const);
const ids = fc.string({ minLength: 1, maxLength: 30 });
const zones = fc.constantFrom(
  'story',
  'UTC',
  'local',
  'America/Anchorage',
  'Europe/Moscow',
  'Asia/Kolkata',
);
const views = fc.constantFrom(
  'all' as const,
  'timeline' as const,
  'map' as const,
  'quotes' as const,
);
const addresses = fc.oneof(
  fc.constant(null),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('./stories/other.json', '/data/a b.json'),
);
const origins = fc.oneof(
  fc.constant(null),
  fc.webUrl().map((u) => new URL(u).origin),
);

describe('every state in the URL list round-trips: serialise, then parse, gives it back', () => {
  it('for any selection, zone, view, presentation step and frame', () => {
    fc.assert(
      fc.property(
        fc.option(fc.record({ kind: kinds, id: ids }), { nil: null }),
        zones,
        views,
        fc.boolean(),
        fc.nat({ max: 40 }),
        fc.record({
          embed: fc.boolean(),
          presenter: fc.boolean(),
          data: addresses,
          origin: origins,
        }),
        (selection, zone, view, present, step, framePatch) => {
          const original = state({ selection, zone, view, present, step: present ? step : 0 });
          const search = serialiseUrl(original, framePatch);
          const parsed = parseUrl(search);
          expect(parsed.notices).toEqual([]);
          expect({ ...INITIAL_STATE, ...parsed.state }).toEqual(original);
          expect(parsed.frame).toEqual(framePatch);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkDataAddress: which story addresses can be loaded', () => {
  const base = 'https://dayline.example/app/index.html';

  it('resolves relative addresses against the page', () => {
    expect(checkDataAddress('stories/b.json', base)).toEqual({
      href: 'https://dayline.example/app/stories/b.json',
    });
  });

  it('accepts http and https addresses on other origins', () => {
    expect(checkDataAddress('http://127.0.0.1:9000/s.json', base)).toEqual({
      href: 'http://127.0.0.1:9000/s.json',
    });
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['data:application/json,{}', 'data:'],
    ['ftp://example.org/s.json', 'ftp:'],
  ])('refuses %s, naming the scheme', (raw, scheme) => {
    expect(checkDataAddress(raw, base)).toMatchObject({
      error: `only http: and https: addresses can be loaded, not ${scheme}`,
    });
  });

  it.each(['file:///etc/passwd', 'C:\\Users\\me\\my-day.json', 'c:/stories/my-day.json'])(
    'calls %s a local file path a web page cannot open, pointing to a server or the Studio',
    (raw) => {
      const answer = checkDataAddress(raw, base);
      expect(answer).toMatchObject({
        error: expect.stringContaining(`${raw} is a local file path`),
      });
      expect(answer).toMatchObject({
        error: expect.stringMatching(/cannot be opened by a web page.*Studio/),
      });
    },
  );

  it('refuses what is not an address at all', () => {
    expect(checkDataAddress('http://', base)).toMatchObject({
      error: 'data=http:// is not an address',
    });
  });
});
