import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/data/problems';
import { parseStory, validateStory } from '../../src/story/load';
import type { Story } from '../../src/story/types';
import { realRaw } from './real-dataset';

// Enough runs to find the odd shape, few enough to keep the file to a few seconds.
const RUNS = { numRuns: 150 };

/** Either a model, or a non-empty list of problems each with a string path and message. */
function expectWellFormed(result: Result<Story>) {
  if (result.ok) {
    expect(Array.isArray(result.value.events)).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    // The loader's last-resort catch: reaching it means a check of ours threw.
    expect(p.message).not.toMatch(/^could not check the story/);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

/** Every path to a value inside the JSON, the root excluded. */
function pathsOf(value: Json, prefix: Segment[] = []): Segment[][] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      [...prefix, k],
      ...pathsOf(v, [...prefix, k]),
    ]);
  }
  return [];
}

function parentOf(root: Json, path: Segment[]): { parent: Json; key: Segment } {
  let node = root;
  for (const segment of path.slice(0, -1)) node = (node as Record<Segment, Json>)[segment] as Json;
  return { parent: node, key: path.at(-1) as Segment };
}

function setAt(root: Json, path: Segment[], value: Json) {
  const { parent, key } = parentOf(root, path);
  (parent as Record<Segment, Json>)[key] = value;
}

function deleteAt(root: Json, path: Segment[]) {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete (parent as Record<Segment, Json>)[key];
}

const REAL = realRaw() as unknown as Json;
const PATHS = pathsOf(REAL);
const LISTS = ['places', 'people', 'events', 'quotes', 'sources', 'routes'] as const;
/** Paths of every link to another item, e.g. `quotes.3.eventIds.1`. */
const LINK_PATHS = PATHS.filter((p) => {
  const field = p.at(-2);
  return typeof field === 'string' && field.endsWith('Ids') && typeof p.at(-1) === 'number';
});

const mutated = (change: (story: Json) => void) => {
  const story = structuredClone(REAL);
  change(story);
  return story;
};

describe('validateStory on arbitrary input', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(validateStory(value))),
      RUNS,
    );
  });

  it('never throws on any JavaScript value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => expectWellFormed(validateStory(value))),
      RUNS,
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => expectWellFormed(parseStory(text))),
      RUNS,
    );
  });

  it('never throws on objects that look almost like a story', () => {
    const storyish = fc.record(
      {
        version: fc.constantFrom(1, 2, '1'),
        id: fc.string(),
        title: fc.string(),
        timezone: fc.constantFrom('America/Anchorage', 'UTC', 'Nowhere/Land', ''),
        places: fc.array(fc.jsonValue(), { maxLength: 3 }),
        people: fc.array(fc.jsonValue(), { maxLength: 3 }),
        events: fc.array(fc.jsonValue(), { maxLength: 3 }),
        quotes: fc.array(fc.jsonValue(), { maxLength: 3 }),
        sources: fc.array(fc.jsonValue(), { maxLength: 3 }),
        tour: fc.array(fc.record({ select: fc.string() }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(storyish, (value) => expectWellFormed(validateStory(value))),
      RUNS,
    );
  });
});

describe('validateStory on the summit dataset, randomly broken', () => {
  const anyPath = fc.constantFrom(...PATHS);

  it('survives deleting any field or list entry', () => {
    fc.assert(
      fc.property(anyPath, (path) =>
        expectWellFormed(validateStory(mutated((s) => deleteAt(s, path)))),
      ),
      RUNS,
    );
  });

  it('survives any value, of any type, put anywhere', () => {
    fc.assert(
      fc.property(anyPath, fc.jsonValue({ maxDepth: 2 }), (path, value) =>
        expectWellFormed(validateStory(mutated((s) => setAt(s, path, value as Json)))),
      ),
      RUNS,
    );
  });

  it('survives a random string or number anywhere', () => {
    fc.assert(
      fc.property(anyPath, fc.oneof(fc.string(), fc.double(), fc.integer()), (path, value) =>
        expectWellFormed(validateStory(mutated((s) => setAt(s, path, value as Json)))),
      ),
      RUNS,
    );
  });

  it('reports a duplicated id at that item', () => {
    const pick = fc
      .constantFrom(...LISTS)
      .chain((list) => {
        const n = (REAL as Record<string, Json[]>)[list]!.length;
        return fc.tuple(
          fc.constant(list),
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 0, max: n - 1 }),
        );
      })
      .filter(([, a, b]) => a !== b);
    fc.assert(
      fc.property(pick, ([list, from, to]) => {
        const story = mutated((s) => {
          const items = (s as Record<string, { id: Json }[]>)[list]!;
          items[to]!.id = items[from]!.id;
        });
        const result = validateStory(story);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
        const at = `${list}[${Math.max(from, to)}].id`;
        expect(!result.ok && result.problems.map((p) => p.path)).toContain(at);
      }),
      RUNS,
    );
  });

  it('reports a link pointed at nothing, at that link', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LINK_PATHS),
        fc.stringMatching(/^[a-z0-9-]{1,12}$/),
        (path, tail) => {
          const result = validateStory(mutated((s) => setAt(s, path, `missing-${tail}`)));
          expect(result.ok).toBe(false);
          // `quotes[4].sourceIds[0]`, or deeper: `quotes[4].translations[0].sourceIds[0]`.
          const expected = path
            .map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part))
            .join('');
          expect(!result.ok && result.problems.map((p) => p.path)).toContain(expected);
        },
      ),
      RUNS,
    );
  });
});
