/**
 * The story checker's problems carry a catalog message (`phrase`) beside their English text, so
 * the page shows them in the reader's language while the command line, the Studio and the embed
 * protocol keep English. Every problem a broken story, a bad address or a failed fetch gives has
 * one, and the catalog's English says exactly what `message` says.
 */
import { describe, expect, it } from 'vitest';
import { fetchStoryFile, localPathProblem, tooLarge } from '../../src/data/fetchStory';
import { checkStory, parseStoryData } from '../../src/data/load';
import type { Problem } from '../../src/data/problems';
import { englishT } from '../../src/i18n/i18n';
import { checkDataAddress } from '../../src/state/url';
import { MINI_RAW } from '../fixtures/mini-story';

/** Stories broken in every way the checker names. */
function brokenStories(): unknown[] {
  const mini = structuredClone(MINI_RAW) as Record<string, unknown> & {
    places: Record<string, unknown>[];
    events: Record<string, unknown>[];
    quotes: Record<string, unknown>[];
  };
  const bad = structuredClone(mini);
  bad.version = 2;
  bad.id = 'has spaces';
  bad.timezone = 'Mars/Phobos';
  bad.extra = true;
  bad.places.push({ ...mini.places[0], lat: 91, lon: 181, name: '' });
  bad.places.push({ ...mini.places[0] });
  bad.events[0] = { ...mini.events[0], start: '2025-02-30T10:00:00-08:00', precision: 'sometimes' };
  bad.events.push({ ...mini.events[0], id: 'backwards', end: '2020-01-01T00:00:00Z', approx: -1 });
  bad.events.push({ ...mini.events[0], id: 'loose', after: 'nowhere', placeIds: ['nowhere'] });
  bad.quotes[0] = {
    ...mini.quotes[0],
    speakerId: 'nobody',
    lang: 'not a tag!',
    translations: [{ lang: 'ru', text: ' ', kind: 'press', sourceIds: [] }],
    printed: [{ text: ' ', sourceIds: [] }],
  };
  bad.routes = [
    { id: 'r1', name: 'R', placeIds: ['nowhere'], depart: { eventId: 'nowhere' } },
    { id: 'r2', name: 'R' },
    { id: 'r3', name: 'R', points: [[95, 200]], arrive: { time: 5 } },
  ];
  bad.tour = [{ select: 'event:nowhere' }, { select: 'nonsense' }];
  bad.sources = [{ id: 's1', title: 'S', url: 'ftp://x', lang: '12' }];
  bad.texts = {
    'not a tag!': {},
    ru: { title: ' ', events: { nowhere: { title: 'x' } }, tour: { 'event:zzz': { note: 'x' } } },
    'ru-RU': {},
  };
  return [
    bad,
    { ...mini, events: 'not a list', people: [{ id: 'p', name: 5 }] },
    { ...mini, title: 'x'.repeat(301), places: undefined },
    { ...mini, events: [...mini.events, ...mini.events] },
    null,
    [],
    'a story',
    42,
  ];
}

async function fetchProblems(): Promise<Problem[]> {
  const answer = (response: Response | Error) => () =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  const runs: Promise<{ ok: boolean; problems?: readonly Problem[] }>[] = [
    fetchStoryFile('https://a.example/home/me/s.json', {
      fetchImpl: answer(new Response('', { status: 404 })),
    }),
    fetchStoryFile('https://a.example/s.json', {
      fetchImpl: answer(new Response('', { status: 500, statusText: 'Oops' })),
    }),
    fetchStoryFile('https://a.example/s.json', {
      fetchImpl: answer(new Response('<!doctype html>', { status: 200 })),
    }),
    fetchStoryFile('https://a.example/s.json', {
      fetchImpl: answer(new TypeError('Failed to fetch')),
      pageOrigin: 'https://a.example',
    }),
    fetchStoryFile('https://b.example/s.json', {
      fetchImpl: answer(new TypeError('Failed to fetch')),
      pageOrigin: 'https://a.example',
    }),
    fetchStoryFile('https://a.example/s.json', {
      fetchImpl: answer(new TypeError('Failed to fetch')),
      online: () => false,
    }),
  ];
  const results = await Promise.all(runs);
  return results.flatMap((r) => r.problems ?? []);
}

function addressProblems(): Problem[] {
  const base = 'https://dayline.example/app/';
  return [
    checkDataAddress('https://elsewhere.example/s.json', base, ['https://stories.example']),
    checkDataAddress('https://elsewhere.example/s.json', base, []),
    checkDataAddress('javascript:alert(1)', base),
    checkDataAddress('http://[', base),
    checkDataAddress('C:\\Users\\me\\day.json', base),
  ].flatMap((a) => ('problem' in a ? [a.problem] : []));
}

describe('problem phrases', () => {
  it('every problem the page may show has a phrase whose English is its message', async () => {
    const problems = [
      ...brokenStories().flatMap((s) => {
        const r = checkStory(s);
        return r.ok ? [] : r.problems;
      }),
      ...['', '{', 'x'.repeat(10)].flatMap((text) => {
        const r = parseStoryData(text);
        return r.ok ? [] : r.problems;
      }),
      ...(await fetchProblems()),
      ...addressProblems(),
      tooLarge(25 * 1024 * 1024),
      localPathProblem('file:///tmp/s.json') as Problem,
    ];
    const ids = new Set(problems.map((p) => p.phrase?.id));
    expect(problems.filter((p) => !p.phrase)).toEqual([]);
    for (const p of problems) {
      expect(englishT(p.phrase?.id ?? 'problems.file', p.phrase?.values), p.message).toBe(
        p.message,
      );
    }
    // zod's own words only where no message of ours fits.
    expect(problems.filter((p) => p.phrase?.id === 'problem.invalid').length).toBeLessThan(3);
    expect(ids.size).toBeGreaterThan(30);
  });

  it('more than 200 problems end in one line that counts the rest', () => {
    const mini = structuredClone(MINI_RAW) as { events: Record<string, unknown>[] };
    const event = mini.events[0] as Record<string, unknown>;
    mini.events = Array.from({ length: 230 }, () => ({ ...event, placeIds: ['nowhere'] }));
    const r = checkStory(mini);
    const last = r.ok ? undefined : r.problems.at(-1);
    expect(last?.phrase?.id).toBe('problem.more');
    expect(englishT('problem.more', last?.phrase?.values)).toBe(last?.message);
  });
});
