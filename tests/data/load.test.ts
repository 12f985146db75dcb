import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS } from '../../src/data/load';
import { loadStory, parseStory, validateStory } from '../../src/story/load';
import { MINI_RAW } from '../fixtures/mini-story';
import { REAL_STORY_TEXT } from './real-dataset';

const problemsOf = (result: ReturnType<typeof parseStory>) => (result.ok ? [] : result.problems);

describe('parseStory', () => {
  it('turns the summit dataset into a model', () => {
    const result = parseStory(REAL_STORY_TEXT);
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.value.id).toBe('alaska-summit-2025');
  });

  it('refuses a 50 MB text with one clear size problem, without parsing it', () => {
    const huge = `{"padding": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    const result = parseStory(huge);
    expect(problemsOf(result)).toMatchObject([
      { path: '', message: 'the file is 50.0 MB; stories are limited to 20 MB' },
    ]);
  });

  it('says where JSON breaks, by line and column', () => {
    const [problem] = problemsOf(parseStory('{\n  "version": 1,\n  oops\n}'));
    expect(problem?.path).toBe('');
    expect(problem?.message).toMatch(/^not valid JSON \(.*line 3 column 3\)$/);
  });

  it('says a blank file is empty', () => {
    expect(problemsOf(parseStory('  \n'))).toMatchObject([
      { path: '', message: 'the file is empty' },
    ]);
  });

  it('names what the file holds when it is not an object', () => {
    expect(problemsOf(parseStory('[]'))[0]?.message).toBe(
      'the file holds a list, not a story object',
    );
    expect(problemsOf(parseStory('null'))[0]?.message).toBe(
      'the file holds null, not a story object',
    );
    expect(problemsOf(parseStory('"story"'))[0]?.message).toBe(
      'the file holds a string, not a story object',
    );
  });
});

describe('validateStory', () => {
  it('keeps markup in text fields as the characters it is made of', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const raw = structuredClone(MINI_RAW);
    raw.quotes[0]!.text = markup;
    raw.events[0]!.title = `<script>alert(1)</script> ${raw.events[0]!.title}`;
    const result = validateStory(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.quoteById.get('q-good')?.text).toBe(markup);
    expect(result.value.eventById.get('talks')?.title).toBe('<script>alert(1)</script> Talks');
  });

  it('describes a wrong type with the value it found', () => {
    const raw = structuredClone(MINI_RAW) as unknown as { places: { lat: unknown }[] };
    raw.places[0]!.lat = 'north';
    expect(problemsOf(validateStory(raw))).toMatchObject([
      { path: 'places[0].lat', message: 'expected number, got the text "north"' },
    ]);
  });

  it(`lists at most ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const raw = structuredClone(MINI_RAW);
    raw.quotes[0]!.eventIds = Array.from({ length: 500 }, (_, i) => `missing-${i}`);
    const problems = problemsOf(validateStory(raw));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toBe(`…and ${500 - MAX_PROBLEMS} more problems`);
  });

  it('neither changes nor freezes the object it was given', () => {
    const raw = structuredClone(MINI_RAW);
    const before = JSON.stringify(raw);
    validateStory(raw);
    expect(JSON.stringify(raw)).toBe(before);
    expect(Object.isFrozen(raw.events[0])).toBe(false);
    expect(Object.isFrozen(raw.events[0]!.placeIds)).toBe(false);
  });
});

describe('loadStory', () => {
  const respond = (body: string, init: ResponseInit = {}) =>
    (async () => new Response(body, init)) as unknown as typeof fetch;

  it('loads a story from a URL', async () => {
    const result = await loadStory('/story.json', { fetchImpl: respond(REAL_STORY_TEXT) });
    expect(result.ok).toBe(true);
  });

  it('turns an HTTP error into a problem', async () => {
    const result = await loadStory('/broken.json', {
      fetchImpl: respond('oops', { status: 500, statusText: 'Internal Server Error' }),
    });
    expect(problemsOf(result)).toMatchObject([
      { path: '', message: 'the server answered 500 Internal Server Error' },
    ]);
  });

  it('a missing file (404) is "not found", with its address', async () => {
    const result = await loadStory('https://site.example/missing.json', {
      fetchImpl: respond('not here', { status: 404, statusText: 'Not Found' }),
    });
    expect(problemsOf(result)).toMatchObject([
      {
        path: '',
        message:
          'the file was not found (404) at https://site.example/missing.json. Check the address.',
      },
    ]);
  });

  it('a server that answers with a web page (its own app page for unknown paths) is named as such', async () => {
    for (const init of [{ headers: { 'content-type': 'text/html' } }, {}]) {
      const result = await loadStory('https://site.example/stories/mine.json', {
        fetchImpl: respond('<!doctype html><html><title>Dayline</title></html>', init),
      });
      expect(problemsOf(result)).toMatchObject([
        {
          path: '',
          message:
            'the address answered with a web page (HTML), not a story file: https://site.example/stories/mine.json. The file is probably not at this address.',
        },
      ]);
    }
  });

  it('a local file path pasted as an address says a web page cannot open it', async () => {
    const result = await loadStory('http://127.0.0.1:5173/home/me/my-day.json', {
      fetchImpl: respond('<!doctype html><html></html>', {
        headers: { 'content-type': 'text/html' },
      }),
    });
    expect(problemsOf(result)[0]?.message).toMatch(
      /web page \(HTML\).*A file on your own computer cannot be opened by a web page.*public\/.*Studio/,
    );
  });

  it('another origin without CORS: the server is there but does not allow other sites to read it', async () => {
    const calls: RequestInit[] = [];
    const corsRefused = (async (_url: string, init: RequestInit = {}) => {
      calls.push(init);
      if (init.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const result = await loadStory('https://stories.example/day.json', {
      fetchImpl: corsRefused,
      pageOrigin: 'https://dayline.example',
      online: () => true,
    });
    expect(problemsOf(result)).toMatchObject([
      {
        path: '',
        message:
          'the server at https://stories.example does not allow other sites to read this file (CORS). To allow it, the server must send the header "Access-Control-Allow-Origin: *" (or this site\'s origin) with the file.',
      },
    ]);
    expect(calls.map((c) => c.mode)).toEqual([undefined, 'no-cors']);
  });

  it('another origin that cannot be reached at all is not blamed on CORS', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const result = await loadStory('https://stories.example/day.json', {
      fetchImpl: down,
      pageOrigin: 'https://dayline.example',
      online: () => true,
    });
    expect(problemsOf(result)).toMatchObject([
      { path: '', message: 'the server at https://stories.example could not be reached' },
    ]);
  });

  it('offline says so', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const result = await loadStory('https://stories.example/day.json', {
      fetchImpl: down,
      online: () => false,
    });
    expect(problemsOf(result)[0]?.message).toBe(
      'you are offline, and this file was not saved for offline use',
    );
  });

  it('refuses a response that announces more than 20 MB', async () => {
    const result = await loadStory('/big.json', {
      fetchImpl: respond('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } }),
    });
    expect(problemsOf(result)[0]?.message).toMatch(/50\.0 MB; stories are limited to 20 MB/);
  });

  it('turns a network failure into a problem', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const result = await loadStory('/offline.json', { fetchImpl: failing, online: () => true });
    expect(problemsOf(result)).toMatchObject([
      { path: '', message: 'could not fetch the file (Failed to fetch)' },
    ]);
  });
});
