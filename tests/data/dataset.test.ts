import { describe, expect, it } from 'vitest';
import { parseIsoTime } from '../../src/time/iso';
import { dayKey } from '../../src/time/zone';
import { realRaw, realStory } from './real-dataset';

const raw = realRaw();
const story = realStory();
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('the summit dataset', () => {
  it('is the Alaska summit of 15 August 2025, in Anchorage time with Moscow beside it', () => {
    expect(raw.$schema).toBe('./schema.json');
    expect(raw).toMatchObject({
      version: 1,
      id: 'alaska-summit-2025',
      date: '2025-08-15',
      timezone: 'America/Anchorage',
      secondTimezone: 'Europe/Moscow',
    });
    for (const field of ['title', 'subtitle', 'intro'] as const) expect(raw[field]).toMatch(/\S/);
  });

  it('has enough to tell the day: 10 events, 8 places, 6 quotes at least', () => {
    expect(story.events.filter((e) => !e.context).length).toBeGreaterThanOrEqual(10);
    expect(story.places.length).toBeGreaterThanOrEqual(8);
    expect(story.quotes.length).toBeGreaterThanOrEqual(6);
  });

  it('has the ids that the tour, the end-to-end tests and shared links rely on', () => {
    expect(ids(story.places)).toEqual(
      expect.arrayContaining([
        'jber',
        'fort-richardson-cemetery',
        'anchorage',
        'moscow',
        'magadan',
        'washington',
        'joint-base-andrews',
        'kyiv',
        'nato-brussels',
        'great-falls',
        'ladd-field',
        'nome',
        'uelkal',
        'seymchan',
        'yakutsk',
        'kirensk',
        'krasnoyarsk',
      ]),
    );
    expect(ids(story.people)).toEqual(
      expect.arrayContaining([
        'trump',
        'putin',
        'rubio',
        'witkoff',
        'lavrov',
        'ushakov',
        'zelenskyy',
        'murkowski',
        'sullivan',
        'dunleavy',
        'hannity',
        'nato-leaders',
      ]),
    );
    expect(ids(story.events)).toEqual(
      expect.arrayContaining([
        'trump-lands',
        'trump-meets-alaska-delegation',
        'putin-lands',
        'greeting',
        'limo-ride',
        'talks',
        'press-statements',
        'cemetery-visit',
        'hannity-interview',
        'putin-departs',
        'trump-departs',
        'hannity-airs',
        'briefing-calls',
        'trump-returns',
        'lend-lease-ferry',
        'soviet-reburial',
        'next-meeting-moscow',
      ]),
    );
    // The article's quotes and Putin's greeting; the researched quotes are added beside them.
    expect(ids(story.quotes)).toEqual(
      expect.arrayContaining([
        'q-very-profound',
        'q-productive',
        'q-most-significant',
        'q-friendly',
        'q-interesting',
        'q-extremely-productive',
        'q-turn-the-page',
        'q-dear-neighbour',
      ]),
    );
    expect(ids(story.routes).sort()).toEqual(
      [
        'alsib',
        'trump-flight-in',
        'putin-flight-in',
        'putin-flight-out',
        'trump-flight-out',
      ].sort(),
    );
  });

  it('has a tour of 8 to 12 stops, each with a note for the class', () => {
    expect(story.tour.length).toBeGreaterThanOrEqual(8);
    expect(story.tour.length).toBeLessThanOrEqual(12);
    for (const stop of story.tour) expect(stop.note, stop.select).toMatch(/\S/);
    expect(new Set(story.tour.map((s) => s.select)).size).toBe(story.tour.length);
  });

  it('backs every time and every place with a source', () => {
    for (const e of story.events) expect(e.sourceIds.length, e.id).toBeGreaterThan(0);
    for (const p of story.places) expect(p.sourceIds?.length ?? 0, p.id).toBeGreaterThan(0);
  });

  it('uses every source it lists', () => {
    const cited = new Set([
      ...[...story.events, ...story.places, ...story.quotes].flatMap((x) => x.sourceIds ?? []),
      ...story.quotes.flatMap((q) =>
        [...(q.translations ?? []), ...(q.printed ?? [])].flatMap((t) => t.sourceIds),
      ),
    ]);
    for (const s of story.sources) expect(cited, s.id).toContain(s.id);
  });

  it('says what each source backs', () => {
    for (const s of story.sources) expect(s.note, s.id).toMatch(/\S/);
  });

  it('links every quote to at least one event and one place', () => {
    for (const q of story.quotes) {
      expect(q.eventIds.length, q.id).toBeGreaterThan(0);
      expect(q.placeIds.length, q.id).toBeGreaterThan(0);
    }
  });

  it('relates the talks to quotes, and the Moscow proposal to Moscow', () => {
    expect(story.quotesForEvent('talks').length).toBeGreaterThan(0);
    expect(ids(story.quotesForPlace('moscow'))).toContain('q-interesting');
    expect(story.quoteById.get('q-interesting')?.eventIds).toContain('next-meeting-moscow');
  });

  it('writes the times of the day in Anchorage summer time, all on 15 August there', () => {
    for (const e of story.events.filter((x) => !x.context)) {
      expect(e.start, e.id).toMatch(/-08:00$/);
      expect(dayKey(e.startMs, 'America/Anchorage'), e.id).toBe('2025-08-15');
    }
  });

  it('gives a summary in its own words for every event and a description for every place', () => {
    for (const e of story.events) expect(e.summary, e.id).toMatch(/\S/);
    for (const p of story.places) expect(p.description, p.id).toMatch(/\S/);
  });

  it('marks times it cannot know exactly, and says so in the summary when only the order is known', () => {
    for (const e of story.events) {
      const marked =
        e.precision !== undefined && e.precision !== 'exact' && e.precision !== 'minute';
      expect(marked || e.approx !== undefined, `${e.id} states its precision`).toBe(true);
      if (e.precision === 'order') expect(e.summary, e.id).toMatch(/unknown|no date/i);
      if (e.precision === 'undated') expect(e.summary, e.id).toMatch(/no date/i);
    }
  });

  it('keeps the reported order of the day', () => {
    const order = [
      'trump-lands',
      'putin-lands',
      'greeting',
      'limo-ride',
      'talks',
      'press-statements',
      'cemetery-visit',
      'putin-departs',
      'trump-departs',
      'briefing-calls',
      'trump-returns',
    ];
    const at = (id: string) => story.eventById.get(id)!.startMs;
    for (let i = 1; i < order.length; i++) {
      expect(at(order[i]!), `${order[i - 1]} before ${order[i]}`).toBeGreaterThan(
        at(order[i - 1]!),
      );
    }
    expect(at('hannity-interview')).toBeGreaterThan(at('press-statements'));
    expect(at('hannity-interview')).toBeLessThan(at('trump-departs'));
  });

  it('places the context outside the day: the war years, 1946, and a meeting yet to come', () => {
    const event = (id: string) => story.eventById.get(id)!;
    expect(event('lend-lease-ferry')).toMatchObject({ context: true, precision: 'year' });
    expect(event('lend-lease-ferry').start.slice(0, 4)).toBe('1942');
    expect(event('lend-lease-ferry').end?.slice(0, 4)).toBe('1945');
    expect(event('soviet-reburial')).toMatchObject({ context: true, precision: 'day' });
    expect(event('soviet-reburial').start.slice(0, 10)).toBe('1946-10-22');
    expect(event('next-meeting-moscow')).toMatchObject({ context: true, precision: 'undated' });
    expect(event('next-meeting-moscow').startMs).toBeGreaterThan(story.dayExtent[1]);
    expect(event('lend-lease-ferry').placeIds).toEqual(
      story.routes.find((r) => r.id === 'alsib')?.placeIds,
    );
  });

  it('draws the talks as a span and the returns home after midnight on the East Coast', () => {
    const talks = story.eventById.get('talks')!;
    expect(talks.endMs).toBeGreaterThan(talks.startMs);
    expect(parseIsoTime('2025-08-16T02:45:00-04:00')).toBe(
      story.eventById.get('trump-returns')!.startMs,
    );
  });

  it('puts every place where its source says, to four decimals', () => {
    const expected: Record<string, [number, number]> = {
      jber: [61.2514, -149.8064],
      'fort-richardson-cemetery': [61.2756, -149.66],
      moscow: [55.7517, 37.6178],
      magadan: [59.5667, 150.8],
      uelkal: [65.5333, -179.2833],
    };
    for (const [id, [lat, lon]] of Object.entries(expected)) {
      expect([story.placeById.get(id)?.lat, story.placeById.get(id)?.lon], id).toEqual([lat, lon]);
    }
  });

  it('gives an address only for sources with a certain one, always https', () => {
    for (const s of story.sources) if (s.url) expect(s.url, s.id).toMatch(/^https:\/\//);
    // The article's publisher was found (head-post.com); its address is the stored page's.
    expect(story.sourceById.get('article')?.url).toMatch(/^https:\/\/head-post\.com\//);
  });
});
