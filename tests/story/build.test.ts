import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawStory } from '../../src/data/schema';
import { buildStory } from '../../src/story/build';
import { type ItemKind, itemKey, parseItemKey, type Selection } from '../../src/story/selection';
import { realStory } from '../data/real-dataset';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';

const story = realStory();
const keys = (selection: Selection) => [...story.relatedTo(selection)].sort();

describe('buildStory', () => {
  it('sorts events by start, then by end, then by dataset order', () => {
    const starts = story.events.map((e) => e.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(story.events.map((e) => e.order)).toEqual(story.events.map((_, i) => i));
    // trump-lands and the delegation meeting both start at 10:20: the instant ends first.
    const lands = story.eventById.get('trump-lands')!;
    const meets = story.eventById.get('trump-meets-alaska-delegation')!;
    expect(lands.startMs).toBe(meets.startMs);
    expect(lands.order).toBeLessThan(meets.order);
  });

  it('reads start and end into milliseconds; an instant ends when it starts', () => {
    const talks = story.eventById.get('talks')!;
    expect(talks.startMs).toBe(Date.parse('2025-08-15T11:26:00-08:00'));
    expect(talks.endMs).toBe(Date.parse('2025-08-15T14:15:00-08:00'));
    const lands = story.eventById.get('putin-lands')!;
    expect(lands.endMs).toBe(lands.startMs);
  });

  it('has a Map look-up for every kind, returning the same objects as the lists', () => {
    for (const [list, index] of [
      [story.events, story.eventById],
      [story.places, story.placeById],
      [story.people, story.personById],
      [story.quotes, story.quoteById],
      [story.sources, story.sourceById],
    ] as const) {
      expect(index).toBeInstanceOf(Map);
      expect(index.size).toBe(list.length);
      for (const item of list) expect(index.get(item.id)).toBe(item);
    }
  });

  it('is frozen all the way down to the lists of ids', () => {
    expect(Object.isFrozen(story)).toBe(true);
    expect(Object.isFrozen(story.events)).toBe(true);
    expect(Object.isFrozen(story.events[0])).toBe(true);
    expect(Object.isFrozen(story.events[0]!.placeIds)).toBe(true);
    expect(Object.isFrozen(story.quotes[0]!.eventIds)).toBe(true);
    expect(Object.isFrozen(story.routes[0]!.path)).toBe(true);
    expect(Object.isFrozen(story.routes[0]!.path[0])).toBe(true);
    expect(Object.isFrozen(story.tour[0]!.selection)).toBe(true);
    expect(() => (story.events[0]!.placeIds as string[]).push('x')).toThrow(TypeError);
  });

  it('does not freeze or share the raw story it was built from', () => {
    const raw: RawStory = structuredClone(MINI_RAW);
    const built = buildStory(raw);
    expect(Object.isFrozen(raw.events[0]!.placeIds)).toBe(false);
    raw.events[0]!.placeIds.push('elsewhere');
    expect(built.eventById.get('talks')!.placeIds).toEqual(['base']);
  });

  it('measures the day without its context, and everything with it', () => {
    const dayEvents = story.events.filter((e) => !e.context);
    expect(story.dayExtent).toEqual([
      Math.min(...dayEvents.map((e) => e.startMs)),
      Math.max(...dayEvents.map((e) => e.endMs)),
    ]);
    expect(story.fullExtent[0]).toBe(story.eventById.get('lend-lease-ferry')!.startMs);
    expect(story.fullExtent[1]).toBe(story.eventById.get('next-meeting-moscow')!.endMs);
  });

  it('draws a route through its places in order, or through its own points', () => {
    const alsib = story.routes.find((r) => r.id === 'alsib')!;
    expect(alsib.path).toEqual(
      alsib.placeIds!.map((id) => [story.placeById.get(id)!.lat, story.placeById.get(id)!.lon]),
    );
    const drawn = miniStory({
      routes: [
        {
          id: 'r',
          name: 'Drawn',
          points: [
            [61, -150],
            [60, 170],
          ],
        },
      ],
    });
    expect(drawn.routes[0]!.path).toEqual([
      [61, -150],
      [60, 170],
    ]);
  });

  it('turns tour stops into selections', () => {
    expect(story.tour.every((stop) => story.has(stop.selection))).toBe(true);
    expect(story.tour[0]!.selection).toEqual(parseItemKey(story.tour[0]!.select));
  });
});

describe('relatedTo', () => {
  it('relatedTo(place) includes the quotes said there and the events held there', () => {
    const moscow = keys({ kind: 'place', id: 'moscow' });
    expect(moscow).toEqual(
      expect.arrayContaining(['event:next-meeting-moscow', 'quote:q-interesting']),
    );
    // Every quote it lights up was said there, or belongs to an event held there.
    const heldThere = new Set(story.eventsForPlace('moscow').map((e) => e.id));
    for (const key of moscow.filter((k) => k.startsWith('quote:'))) {
      const quote = story.quoteById.get(key.slice('quote:'.length))!;
      expect(
        quote.placeIds.includes('moscow') || quote.eventIds.some((id) => heldThere.has(id)),
        key,
      ).toBe(true);
    }
    const jber = story.relatedTo({ kind: 'place', id: 'jber' });
    for (const q of story.quotesForPlace('jber')) expect(jber).toContain(itemKey('quote', q.id));
    expect(jber).toContain('event:talks');
  });

  it('relatedTo(event) includes its places and quotes, never other events', () => {
    const related = keys({ kind: 'event', id: 'talks' });
    expect(related).toContain('place:jber');
    for (const q of story.quotesForEvent('talks')) expect(related).toContain(`quote:${q.id}`);
    expect(related.filter((k) => k.startsWith('event:'))).toEqual([]);
  });

  it('relatedTo(quote) includes its events and its places', () => {
    expect(keys({ kind: 'quote', id: 'q-interesting' })).toEqual(
      ['event:press-statements', 'event:next-meeting-moscow', 'place:jber', 'place:moscow'].sort(),
    );
  });

  it('never includes the item itself, and is empty for an unknown item', () => {
    expect(story.relatedTo({ kind: 'event', id: 'talks' })).not.toContain('event:talks');
    expect(story.relatedTo({ kind: 'event', id: 'nope' }).size).toBe(0);
  });

  it('is symmetric: if A is related to B, B is related to A', () => {
    const all: Selection[] = [
      ...story.events.map((e) => ({ kind: 'event' as const, id: e.id })),
      ...story.places.map((p) => ({ kind: 'place' as const, id: p.id })),
      ...story.quotes.map((q) => ({ kind: 'quote' as const, id: q.id })),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...all), (a) => {
        for (const key of story.relatedTo(a)) {
          const b = parseItemKey(key)!;
          expect(story.relatedTo(b)).toContain(itemKey(a.kind, a.id));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('stateOf', () => {
  it('is idle for everything while nothing is selected', () => {
    expect(story.stateOf('event', 'talks', null)).toBe('idle');
  });

  it('tells the selected item from related and unrelated ones', () => {
    const selection: Selection = { kind: 'place', id: 'moscow' };
    expect(story.stateOf('place', 'moscow', selection)).toBe('selected');
    expect(story.stateOf('quote', 'q-interesting', selection)).toBe('related');
    expect(story.stateOf('quote', 'q-friendly', selection)).toBe('unrelated');
    expect(story.stateOf('event', 'greeting', { kind: 'event', id: 'talks' })).toBe('unrelated');
  });

  it('does not confuse items of different kinds that share an id', () => {
    const shared = miniStory({
      places: [...MINI_RAW.places, { id: 'talks', name: 'Talks Hall', lat: 0, lon: 0 }],
    });
    expect(shared.stateOf('place', 'talks', { kind: 'event', id: 'talks' })).toBe('unrelated');
  });
});

describe('look-ups', () => {
  it('quotesForEvent, quotesForPlace and eventsForPlace follow the links', () => {
    const aboutMoscow = story.quotesForEvent('next-meeting-moscow');
    expect(aboutMoscow.map((q) => q.id)).toContain('q-interesting');
    for (const q of aboutMoscow) expect(q.eventIds, q.id).toContain('next-meeting-moscow');
    expect(
      story
        .eventsForPlace('fort-richardson-cemetery')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['cemetery-visit', 'soviet-reburial'].sort());
    expect(story.quotesForEvent('nope')).toEqual([]);
  });

  it('peopleFor gives an event’s people and a quote’s speaker', () => {
    expect(story.peopleFor({ kind: 'event', id: 'talks' }).map((p) => p.id)).toEqual([
      'trump',
      'rubio',
      'witkoff',
      'putin',
      'lavrov',
      'ushakov',
    ]);
    expect(story.peopleFor({ kind: 'quote', id: 'q-turn-the-page' }).map((p) => p.name)).toEqual([
      'Vladimir Putin',
    ]);
    expect(story.peopleFor({ kind: 'place', id: 'jber' })).toEqual([]);
  });

  it('sourcesFor resolves an item’s sources, a quote’s with those of its translations and printed forms', () => {
    const sources = story.sourcesFor({ kind: 'quote', id: 'q-friendly' });
    expect(sources.map((s) => s.id)).toEqual([
      '5tv-greeting',
      'kremlin-en-statements',
      'article',
      'interfax-putin-neighbours',
    ]);
    expect(story.sourcesFor({ kind: 'event', id: 'talks' }).map((s) => s.id)).toEqual(
      story.eventById.get('talks')!.sourceIds,
    );
  });

  it('has() knows which items exist', () => {
    const kinds: ItemKind[] = ['event', 'place', 'quote'];
    expect(kinds.map((kind) => story.has({ kind, id: 'talks' }))).toEqual([true, false, false]);
  });
});

describe('parseItemKey', () => {
  it('reads KIND:ID and refuses unknown kinds or empty ids', () => {
    expect(parseItemKey('event:talks')).toEqual({ kind: 'event', id: 'talks' });
    expect(parseItemKey('quote:a:b')).toEqual({ kind: 'quote', id: 'a:b' });
    expect(parseItemKey('person:trump')).toBeUndefined();
    expect(parseItemKey('event:')).toBeUndefined();
    expect(parseItemKey('talks')).toBeUndefined();
  });
});
