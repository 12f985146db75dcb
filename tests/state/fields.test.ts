import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { type FieldTable, FRAME_FIELDS, fieldsOf, STATE_FIELDS } from '../../src/state/fields';
import { type AppState, createStore, INITIAL_STATE } from '../../src/state/store';
import { DEFAULT_FRAME, type Frame, parseUrl, serialiseUrl } from '../../src/state/url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A value other than the default for every field; a new field must be given one here. */
const STATE_SAMPLE: { [K in keyof AppState]-?: AppState[K] } = {
  selection: { kind: 'quote', id: 'q:1' },
  zone: 'Europe/Moscow',
  view: 'map',
  present: true,
  step: 3,
  speakers: ['putin'],
  t: '2025-08-15T10:40:00-08:00',
  playing: true,
  speed: 60,
  lang: 'uk',
};
const FRAME_SAMPLE: { [K in keyof Frame]-?: Frame[K] } = {
  embed: true,
  data: 'https://example.org/day.json',
  origin: 'https://news.example',
  presenter: true,
};

describe('the state table', () => {
  it('has one entry per state and frame field; one left out does not compile', () => {
    expect(Object.keys(STATE_FIELDS).sort()).toEqual(Object.keys(STATE_SAMPLE).sort());
    expect(Object.keys(FRAME_FIELDS).sort()).toEqual(Object.keys(FRAME_SAMPLE).sort());
    const { speed: _speed, ...withoutSpeed } = STATE_FIELDS;
    // @ts-expect-error a table without `speed` is not a table of the state
    const incomplete: FieldTable<AppState> = withoutSpeed;
    expect(Object.keys(incomplete)).not.toContain('speed');
  });

  it('gives the defaults', () => {
    expect(INITIAL_STATE).toEqual({
      selection: null,
      zone: 'story',
      view: 'all',
      present: false,
      step: 0,
      speakers: null,
      t: null,
      playing: false,
      speed: 15,
      lang: 'en',
    });
    expect(DEFAULT_FRAME).toEqual({ embed: false, data: null, origin: null, presenter: false });
  });

  it.each(Object.keys(STATE_SAMPLE) as (keyof AppState)[])(
    'the store tells its listeners when %s changes, and not when it is set to the same',
    (name) => {
      const store = createStore();
      const listener = vi.fn();
      store.subscribe(listener);
      store.set({ [name]: STATE_SAMPLE[name] });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(store.get()[name]).toEqual(STATE_SAMPLE[name]);
      // The same value again is no change (a selection is compared by kind and id).
      store.set({
        [name]: name === 'selection' ? structuredClone(STATE_SAMPLE[name]) : store.get()[name],
      });
      expect(listener).toHaveBeenCalledTimes(1);
    },
  );

  it.each(fieldsOf(STATE_FIELDS).map(([name, field]) => [name, field.url?.key ?? null]))(
    '%s goes through the address as %s= (or not at all), and comes back the same',
    (name, key) => {
      const field = STATE_FIELDS[name];
      const state = { ...INITIAL_STATE, present: true, [name]: STATE_SAMPLE[name] };
      const search = serialiseUrl(state, DEFAULT_FRAME);
      const parsed = parseUrl(search);
      expect(parsed.notices).toEqual([]);
      const back = { ...INITIAL_STATE, ...parsed.state };
      if (key === null) {
        expect(field.equal(back[name] as never, INITIAL_STATE[name] as never)).toBe(true);
      } else {
        expect(new URLSearchParams(search).has(key)).toBe(true);
        expect(field.equal(back[name] as never, STATE_SAMPLE[name] as never)).toBe(true);
      }
    },
  );

  it('keeps the reader’s own settings out of the address: the speaker filter and playing', () => {
    const local = fieldsOf(STATE_FIELDS).filter(([, f]) => f.url === null);
    expect(local.map(([name]) => name).sort()).toEqual(['playing', 'speakers', 'speed']);
    expect(
      serialiseUrl({ ...INITIAL_STATE, ...STATE_SAMPLE }, { ...DEFAULT_FRAME, ...FRAME_SAMPLE }),
    ).toBe(
      '?data=https://example.org/day.json&embed=1&origin=https://news.example&presenter=1' +
        '&lang=uk&view=map&tz=Europe/Moscow&present=1&step=4&select=quote:q:1&t=2025-08-15T10:40:00-08:00',
    );
  });

  it.each(Object.keys(FRAME_SAMPLE) as (keyof Frame)[])(
    'the frame’s %s goes through the address and comes back the same',
    (name) => {
      const frame = { ...DEFAULT_FRAME, [name]: FRAME_SAMPLE[name] };
      const parsed = parseUrl(serialiseUrl(INITIAL_STATE, frame));
      expect(parsed.notices).toEqual([]);
      expect(parsed.frame).toEqual(frame);
    },
  );

  it('is the only place that names a field: the store and the URL module compare and write none by hand', () => {
    const names = [...Object.keys(STATE_FIELDS), ...Object.keys(FRAME_FIELDS)].join('|');
    const byHand = new RegExp(`\\b(?:state|frame|next|previous|a|b)\\.(?:${names})\\b`, 'g');
    for (const file of ['src/state/store.ts', 'src/state/url.ts']) {
      const text = readFileSync(resolve(ROOT, file), 'utf8');
      expect(text.match(byHand) ?? [], file).toEqual([]);
      // Nor does either spell out a URL key.
      for (const [, field] of [...fieldsOf(STATE_FIELDS), ...fieldsOf(FRAME_FIELDS)]) {
        if (field.url)
          expect(text, `${file}: '${field.url.key}'`).not.toContain(`'${field.url.key}'`);
      }
    }
  });
});
