import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport, runImport } from '../../scripts/studio-cli';
import { writeXlsx } from '../../src/studio/files/xlsxWrite';
import { storyToSheets } from '../../src/studio/mapping';
import { alaska, edit } from './helpers';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('npm run import / export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-cli-'));

  it('exports a story as a workbook and imports it back unchanged', () => {
    const xlsx = join(dir, 'story.xlsx');
    const json = join(dir, 'story.json');
    const a = capture();
    expect(runExport(['data/alaska-summit-2025.json', '--out', xlsx], a.output)).toBe(0);
    expect(a.out).toEqual([`data/alaska-summit-2025.json: ok — wrote ${xlsx}`]);
    const b = capture();
    expect(runImport([xlsx, '--out', json], b.output)).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(alaska());
  });

  it('prints located problems and exits 1 without writing', () => {
    let { book } = storyToSheets(alaska());
    book = edit(book, 'Events', 7, 'Start time', '08/15/2025 10:20');
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, writeXlsx(book));
    const c = capture();
    expect(runImport([bad, '--out', join(dir, 'never.json')], c.output)).toBe(1);
    expect(c.err).toEqual([
      `${bad}: Events, row 7, Start time: "08/15/2025 10:20" could be read day-first or month-first; write it as YYYY-MM-DD, e.g. 2025-08-15 10:20`,
    ]);
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  });

  it('export reports story problems with their JSON paths, like validate', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ ...alaska(), timezone: 'Mars/Olympus' }));
    const c = capture();
    expect(runExport([file, '--out', join(dir, 'x.xlsx')], c.output)).toBe(1);
    expect(c.err[0]).toMatch(/broken\.json: timezone: /);
  });

  it('exits 2 when called wrongly and 1 for a missing file', () => {
    expect(runImport([], capture().output)).toBe(2);
    expect(runExport(['a.json'], capture().output)).toBe(2);
    const c = capture();
    expect(runImport(['nope.xlsx', '--out', join(dir, 'y.json')], c.output)).toBe(1);
    expect(c.err).toEqual(['nope.xlsx: no such file']);
  });
});
