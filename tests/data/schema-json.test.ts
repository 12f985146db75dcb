import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema, SCHEMA_PATH, writeSchema } from '../../scripts/write-schema';

const quiet = () => {
  const lines: string[] = [];
  return { lines, log: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) } };
};

describe('data/schema.json', () => {
  it('matches the zod schema it is generated from', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    // A plain equality would print two 30 KB strings; say what to do instead.
    expect(
      committed === renderJsonSchema(),
      'data/schema.json is stale: run `npm run schema` and commit the result',
    ).toBe(true);
  });

  it('names itself and keeps the field descriptions for editors', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.$id).toMatch(/\S/);
    expect(schema.title).toMatch(/Dayline/);
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'id', 'title', 'timezone', 'events', 'quotes', 'sources']),
    );
    const event = schema.properties.events.items;
    expect(event.properties.start.description).toMatch(/ISO 8601/);
    expect(event.properties.start.pattern).toBeTypeOf('string');
    expect(event.properties.precision.enum).toContain('order');
  });

  it('leaves objects open, since the format welcomes extra fields', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.additionalProperties).not.toBe(false);
    expect(schema.properties.places.items.additionalProperties).not.toBe(false);
  });
});

describe('npm run schema -- --check', () => {
  it('exits 1 on a stale file and tells the reader to run npm run schema', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dayline-schema-')), 'schema.json');
    writeFileSync(path, '{"title": "an old schema"}\n');
    const out = quiet();
    expect(writeSchema({ check: true, path, log: out.log })).toBe(1);
    expect(out.lines.join('\n')).toMatch(/run `npm run schema`/);
  });

  it('exits 1 when the file is missing', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dayline-schema-')), 'schema.json');
    expect(writeSchema({ check: true, path, log: quiet().log })).toBe(1);
  });

  it('exits 0 once the file has been written', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dayline-schema-')), 'schema.json');
    expect(writeSchema({ path, log: quiet().log })).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(renderJsonSchema());
    expect(writeSchema({ check: true, path, log: quiet().log })).toBe(0);
  });
});
