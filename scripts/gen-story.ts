import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isEntryPoint } from './bench/entry';
import { type GenerateOptions, generateStory } from './bench/generate-story';

const USAGE = `Usage: npm run gen -- --events N --quotes M --places P --seed S [--span day|years] [--out FILE] [--pretty]

Writes a valid, invented story of that size (the same seed always gives the same story)
to FILE, or to standard output.`;

/** The largest list the dataset format accepts. */
const MAX_COUNT = 100_000;

/** What the command line asked for. */
export interface GenRequest extends GenerateOptions {
  /** Where to write; standard output when absent. */
  readonly out?: string;
  /** Indent the JSON for people to read. */
  readonly pretty: boolean;
}

/** Reads the command line; returns an error message instead of throwing. */
export function parseGenArgs(argv: readonly string[]): GenRequest | { error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        events: { type: 'string', default: '100' },
        quotes: { type: 'string', default: '100' },
        places: { type: 'string', default: '50' },
        seed: { type: 'string', default: '1' },
        span: { type: 'string', default: 'day' },
        out: { type: 'string' },
        pretty: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const counts: Record<'events' | 'quotes' | 'places' | 'seed', number> = {
    events: 0,
    quotes: 0,
    places: 0,
    seed: 0,
  };
  for (const key of ['events', 'quotes', 'places', 'seed'] as const) {
    const raw = String(values[key]);
    const n = Number(raw);
    const max = key === 'seed' ? 2 ** 32 - 1 : MAX_COUNT;
    if (!/^\d+$/.test(raw) || n > max)
      return { error: `--${key} must be a whole number from 0 to ${max}` };
    counts[key] = n;
  }
  const span = values.span;
  if (span !== 'day' && span !== 'years') return { error: '--span must be "day" or "years"' };
  const out = typeof values.out === 'string' ? values.out : undefined;
  return { ...counts, span, pretty: values.pretty === true, ...(out ? { out } : {}) };
}

function main() {
  const request = parseGenArgs(process.argv.slice(2));
  if ('error' in request) {
    console.error(`${request.error}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const json = JSON.stringify(generateStory(request), null, request.pretty ? 2 : undefined);
  if (request.out) {
    writeFileSync(request.out, `${json}\n`);
    const ms = Math.round(performance.now() - started);
    const mb = (json.length / 1048576).toFixed(1);
    console.error(
      `wrote ${request.out}: ${request.events} events, ${request.quotes} quotes, ${request.places} places, ${mb} MB in ${ms} ms`,
    );
  } else {
    // `npm run gen | head` closes the pipe early; that is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    process.stdout.write(`${json}\n`);
  }
}

if (isEntryPoint(import.meta.url)) main();
