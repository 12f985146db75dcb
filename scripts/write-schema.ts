/**
 * Writes `data/schema.json`, the JSON Schema of the dataset format, from the zod schema that the
 * app itself validates with, so editors can check a story while it is being written.
 *
 *   npm run schema              rewrite data/schema.json
 *   npm run schema -- --check   exit 1 when data/schema.json is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { StorySchema } from '../src/data/schema';

/** Where the generated schema lives, next to the datasets that point at it with `$schema`. */
// Built from a path, not `new URL()`: under jsdom (Vitest) the global URL is not Node's.
export const SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../data/schema.json');

/** The schema as the text written to disk (stable key order, two-space indent, final newline). */
export function renderJsonSchema(): string {
  // `io: 'input'` leaves objects open: the format welcomes fields beyond the named ones.
  const generated = z.toJSONSchema(StorySchema, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  const document = {
    $schema,
    $id: 'urn:dayline:dataset:1',
    title: 'Dayline story dataset, version 1',
    description:
      'One news day as events, places, people, quotes, routes, a tour and sources. Generated from src/data/schema.ts by `npm run schema`; do not edit by hand. Links between items, real dates and time zones are checked by `npm run validate`.',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** How `writeSchema` runs; the defaults are the command's. */
export interface WriteSchemaOptions {
  /** Only compare; report a stale file instead of rewriting it. */
  check?: boolean;
  /** The file to write or check; `data/schema.json` by default. */
  path?: string;
  log?: Pick<Console, 'log' | 'error'>;
}

/** Writes the schema, or with `check` only compares it; returns the exit code. */
export function writeSchema(options: WriteSchemaOptions = {}): number {
  const { check = false, path = SCHEMA_PATH, log = console } = options;
  const name = relative(process.cwd(), path) || path;
  const next = renderJsonSchema();
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (check) {
    if (current === next) {
      log.log(`${name} is up to date`);
      return 0;
    }
    const why = current === undefined ? 'is missing' : 'is out of date with src/data/schema.ts';
    log.error(`${name} ${why}: run \`npm run schema\` and commit the result`);
    return 1;
  }
  if (current !== next) writeFileSync(path, next);
  log.log(current === next ? `${name} unchanged` : `wrote ${name}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = writeSchema({ check: process.argv.includes('--check') });
}
