import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../scripts/validate';
import { MINI_RAW } from '../fixtures/mini-story';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BROKEN = join(ROOT, 'tests/fixtures/broken');
const DATASET = 'data/alaska-summit-2025.json';

/** Each broken fixture and the problem the validator must name (README.md lists the same). */
const EXPECTED: Record<string, { path: string; message: RegExp }> = {
  'not-json.json': { path: '', message: /^not valid JSON \(.*line 2 column 1\)$/ },
  'empty.json': { path: '', message: /^the file is empty$/ },
  'top-level-array.json': { path: '', message: /^the file holds a list, not a story object$/ },
  'missing-field.json': { path: 'events[0].start', message: /^is missing/ },
  'wrong-type.json': { path: 'places[0].lat', message: /^expected number, got the text "61.25"$/ },
  'duplicate-id.json': { path: 'events[1].id', message: /^duplicate id "talks"/ },
  'dangling-link.json': { path: 'quotes[0].eventIds[0]', message: /^no event "talk"$/ },
  'end-before-start.json': { path: 'events[0].end', message: /before it starts/ },
  'impossible-date.json': { path: 'events[0].start', message: /2025-02-30.* is not a real date/ },
  'time-without-offset.json': {
    path: 'events[0].start',
    message: /^not an ISO 8601 time with an offset/,
  },
  'lat-95.json': { path: 'places[0].lat', message: /^95 is not a latitude/ },
  'lon-200.json': { path: 'places[0].lon', message: /^200 is not a longitude/ },
  'unknown-tour-stop.json': { path: 'tour[0].select', message: /^no event "nope"$/ },
  'unknown-time-zone.json': {
    path: 'timezone',
    message: /^"Mars\/Olympus_Mons" is not an IANA time zone/,
  },
};

/** Runs the command in-process and collects what it prints. */
function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runValidate(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const fixture = (name: string) => relative(process.cwd(), join(BROKEN, name));

describe('npm run validate on a broken story', () => {
  it('has a fixture for every case, each listed in the README', () => {
    // biome.json there keeps the linter away from the two files that are not JSON on purpose.
    const files = readdirSync(BROKEN).filter((f) => f.endsWith('.json') && f !== 'biome.json');
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    const rows = new Map(
      readFileSync(join(BROKEN, 'README.md'), 'utf8')
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')))
        .map((cells) => [cells[1], cells[2]] as const),
    );
    for (const [file, { path }] of Object.entries(EXPECTED)) {
      expect(rows.get(file), file).toBe(path || '(whole file)');
    }
  });

  for (const [file, { path, message }] of Object.entries(EXPECTED)) {
    it(`${file}: exits 1 and names ${path || 'the whole file'}`, () => {
      const { code, out, err } = run(fixture(file));
      expect(code).toBe(1);
      expect(out).toEqual([]);
      // Exactly one problem: the fixture breaks one thing, and nothing else is blamed for it.
      expect(err).toHaveLength(1);
      const prefix = `${fixture(file)}: ${path ? `${path}: ` : ''}`;
      expect(err[0]?.startsWith(prefix), `"${err[0]}" starts with "${prefix}"`).toBe(true);
      expect(err[0]?.slice(prefix.length)).toMatch(message);
    });
  }
});

describe('npm run validate', () => {
  it('prints one summary line for the real dataset and exits 0', () => {
    const { code, out, err } = run(DATASET);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^data\/alaska-summit-2025\.json: ok — \d+ events, \d+ places, \d+ quotes, \d+ people, \d+ routes, \d+ tour stops, \d+ sources$/,
    );
  });

  it('checks several files and fails when any of them fails', () => {
    const { code, out, err } = run(DATASET, fixture('lat-95.json'));
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(err).toHaveLength(1);
  });

  it('prints its usage and exits 2 without a file', () => {
    const { code, err } = run();
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/^usage: npm run validate -- FILE\.json/);
  });

  it('refuses a missing file and a directory by name', () => {
    const { code, err } = run('no/such/story.json', 'data');
    expect(code).toBe(1);
    expect(err).toEqual([
      'no/such/story.json: no such file',
      'data: is a directory, not a story file',
    ]);
  });

  it('refuses a 50 MB file before reading it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dayline-big-')), 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    const { code, err } = run(file);
    expect(code).toBe(1);
    expect(err).toEqual([`${file}: the file is 50.0 MB; stories are limited to 20 MB`]);
  });

  it('accepts a file saved with a byte-order mark', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dayline-bom-')), 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(join(ROOT, DATASET), 'utf8')}`);
    expect(run(file).code).toBe(0);
  });
});

describe('the validator as a command', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const spawn = (...args: string[]) =>
    spawnSync(tsx, ['scripts/validate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 and prints every broken fixture with its problem path', () => {
    const files = Object.keys(EXPECTED).map((f) => `tests/fixtures/broken/${f}`);
    const result = spawn(...files);
    expect(result.status).toBe(1);
    for (const [file, { path }] of Object.entries(EXPECTED)) {
      expect(result.stderr).toContain(`tests/fixtures/broken/${file}: ${path}`);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 0 with the summary on the real dataset', () => {
    const result = spawn(DATASET);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^data\/alaska-summit-2025\.json: ok — \d+ events/);
  });

  it('exits 2 without arguments', () => {
    expect(spawn().status).toBe(2);
  });
});

describe('npm run validate on a file with many independent mistakes', () => {
  it('reports shape, link and meaning problems together in one run, each at its path in the file', () => {
    const story = structuredClone(MINI_RAW) as unknown as {
      timezone: string;
      places: Record<string, unknown>[];
      events: Record<string, unknown>[];
      quotes: Record<string, unknown>[];
      tour: Record<string, unknown>[];
    };
    story.timezone = 'Mars/Olympus_Mons'; // meaning: no such zone
    story.places[0]!.lat = '61.25'; // shape: a number as text
    story.places[1]!.lon = 200; // meaning: off the globe
    delete story.events[0]!.start; // shape: missing
    story.events[2]!.end = '2025-08-15T09:00:00-08:00'; // meaning: ends before it starts
    story.events[3]!.id = 'arrival'; // link: duplicate id
    story.quotes[0]!.eventIds = ['press', 'talk']; // link: to nothing
    story.quotes[1]!.eventIds = ['talks']; // a link to the malformed events[0]: not dangling
    const file = join(mkdtempSync(join(tmpdir(), 'dayline-many-')), 'many.json');
    writeFileSync(file, JSON.stringify(story));

    const { code, err } = run(file);
    expect(code).toBe(1);
    const lines = err.map((line) => line.slice(file.length + 2));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^places\[0\]\.lat: expected number, got the text "61.25"$/),
        expect.stringMatching(/^events\[0\]\.start: is missing/),
        expect.stringMatching(/^timezone: "Mars\/Olympus_Mons" is not an IANA time zone/),
        expect.stringMatching(/^places\[1\]\.lon: 200 is not a longitude/),
        expect.stringMatching(/^events\[2\]\.end: ends \(.*\) before it starts/),
        expect.stringMatching(
          /^events\[3\]\.id: duplicate id "arrival" \(already used by events\[1\]\)$/,
        ),
        expect.stringMatching(/^quotes\[0\]\.eventIds\[1\]: no event "talk"$/),
        // events[3] was "next" before its id was duplicated: the route's link now dangles.
        expect.stringMatching(/^routes\[0\]\.eventIds\[0\]: no event "next"$/),
      ]),
    );
    expect(lines).toHaveLength(8);
  });
});
