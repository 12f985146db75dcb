import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkSheets } from '../../src/studio/check';
import { readDelimited, writeCsv } from '../../src/studio/files/csv';
import { guessSheet, importFiles, sheetFromFileName } from '../../src/studio/files/importFiles';
import { RefusedFile } from '../../src/studio/files/limits';
import { storyCsvZip, storyXlsx } from '../../src/studio/files/template';
import { readXlsx } from '../../src/studio/files/xlsxRead';
import { writeXlsx } from '../../src/studio/files/xlsxWrite';
import type { Workbook } from '../../src/studio/workbook';
import { alaska, patchZip } from './helpers';

const sheetXml = (cells: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`;

describe('xlsx', () => {
  it('reads back the Alaska template it wrote', () => {
    const story = alaska();
    const book = readXlsx(storyXlsx(story));
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Read me',
      'Story',
      'Events',
      'Places',
      'People',
      'Quotes',
      'Translations',
      'Printed',
      'Sources',
      'Routes',
      'Tour',
      'Other languages',
    ]);
    const checked = checkSheets(book);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual(story);
  });

  it('keeps awkward text: markup, control characters, _x0041_, spaces, emoji', () => {
    const text = ' <b>bold</b> & "q" _x0041_ tab\there\r\nline \u0001 😀 ';
    const book: Workbook = {
      sheets: [{ name: 'S', rows: [['h'], [text], [1.5e-7], [-149.8064]] }],
    };
    expect(readXlsx(writeXlsx(book)).sheets[0]?.rows).toEqual(book.sheets[0]?.rows);
  });

  it('never evaluates formulas: a formula cell gives its saved value, or nothing', () => {
    const base = writeXlsx({ sheets: [{ name: 'S', rows: [['h']] }] });
    const bytes = patchZip(base, {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="str"><f>HYPERLINK("http://evil.example","x")</f><v>saved</v></c>' +
          '<c r="B1"><f>1+1</f><v>2</v></c><c r="C1"><f>NOW()</f></c><c r="D1" t="e"><v>#REF!</v></c></row>',
      ),
    });
    expect(readXlsx(bytes).sheets[0]?.rows[0]).toEqual(['saved', 2, null, '#REF!']);
  });

  it('turns date-formatted day numbers into local date-time text', () => {
    const base = writeXlsx({ sheets: [{ name: 'S', rows: [['h']] }] });
    const styles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd hh:mm"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs></styleSheet>';
    const bytes = patchZip(base, {
      'xl/styles.xml': styles,
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" s="1"><v>45884</v></c><c r="B1" s="2"><v>45884.430555555555</v></c>' +
          '<c r="C1" s="3"><v>0.5</v></c><c r="D1"><v>45884.5</v></c></row>',
      ),
    });
    expect(readXlsx(bytes).sheets[0]?.rows[0]).toEqual([
      '2025-08-15',
      '2025-08-15 10:20',
      '12:00',
      45884.5,
    ]);
  });

  it('refuses a workbook that would expand past the limit before inflating it (zip bomb)', () => {
    const base = unzipSync(writeXlsx({ sheets: [{ name: 'S', rows: [['h']] }] }));
    base['xl/worksheets/sheet1.xml'] = new Uint8Array(4 * 1024 * 1024); // 4 MB of zeros → ~4 KB
    const bomb = zipSync(base, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(20_000);
    expect(() => readXlsx(bomb, { maxExpanded: 1024 * 1024 })).toThrow(RefusedFile);
    expect(() => readXlsx(bomb, { maxExpanded: 1024 * 1024 })).toThrow(/zip bomb/);
  });

  it('never inflates past the size a zip declares, even when the zip lies about it', () => {
    const files = unzipSync(writeXlsx({ sheets: [{ name: 'S', rows: [['h']] }] }));
    files['xl/worksheets/sheet1.xml'] = new Uint8Array(8 * 1024 * 1024);
    const bytes = zipSync(files, { level: 9 });
    // Rewrite the declared (uncompressed) size of the sheet to 100 bytes in both headers.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8('xl/worksheets/sheet1.xml');
    for (let i = 0; i < bytes.length - 4; i++) {
      const sig = view.getUint32(i, true);
      const at = sig === 0x04034b50 ? 22 : sig === 0x02014b50 ? 24 : -1;
      const nameAt = sig === 0x04034b50 ? 30 : 46;
      if (at > 0 && name.every((b, k) => bytes[i + nameAt + k] === b))
        view.setUint32(i + at, 100, true);
    }
    let result: unknown;
    try {
      result = readXlsx(bytes, { maxExpanded: 1024 * 1024 });
    } catch (error) {
      result = error;
    }
    // Either refused, or read with at most the declared 100 bytes: never 8 MB in memory.
    if (!(result instanceof RefusedFile)) {
      expect(JSON.stringify(result).length).toBeLessThan(10_000);
    }
  });

  it('refuses files over 20 MB and things that are not workbooks', () => {
    expect(() => readXlsx(new Uint8Array(21 * 1024 * 1024))).toThrow(/limited to 20 MB/);
    expect(() => readXlsx(strToU8('not a zip'))).toThrow(RefusedFile);
    expect(() => readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/not an Excel workbook/);
  });
});

describe('csv and tsv', () => {
  it('reads back the CSV template it wrote', () => {
    const story = alaska();
    const imported = importFiles([{ name: 'template.zip', bytes: storyCsvZip(story) }]);
    expect(imported.whole).toBe(false);
    const checked = checkSheets(imported.book);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual(story);
  });

  it('guards formula-like text on export and restores it on import', () => {
    const rows = [['h'], ['=1+1'], ["'=x"], ['-5 degrees'], ['plain']];
    const csv = writeCsv({ name: 'S', rows });
    expect(csv).toContain("'=1+1");
    expect(readDelimited(csv, 'S').rows).toEqual(rows);
  });

  it('reads cells pasted from a spreadsheet (TSV) and knows the sheet by its header', () => {
    const table = readDelimited(
      'ID\tName\tLatitude\tLongitude\njber\tJBER\t61.25\t-149.8\n',
      '',
      '\t',
    );
    expect(table.rows).toEqual([
      ['ID', 'Name', 'Latitude', 'Longitude'],
      ['jber', 'JBER', '61.25', '-149.8'],
    ]);
    expect(guessSheet(table)).toBe('Places');
    expect(sheetFromFileName('Alaska summit - Events.csv')).toBe('Events');
    expect(sheetFromFileName('read me.csv')).toBe('Read me');
  });

  it('imports a story JSON file as sheets, and refuses what it cannot read', () => {
    const bytes = strToU8(JSON.stringify(alaska()));
    const imported = importFiles([{ name: 'story.json', bytes }]);
    expect(checkSheets(imported.book).data).toEqual(alaska());
    expect(() => importFiles([{ name: 'x.json', bytes: strToU8('{nope') }])).toThrow(
      /not valid JSON/,
    );
    expect(() => importFiles([{ name: 'old.xls', bytes: strToU8('x') }])).toThrow(
      /save it as .xlsx/,
    );
  });
});

describe('files without a telling name', () => {
  it('knows a workbook, a story and a CSV by their content', () => {
    const xlsx = importFiles([{ name: 'download-1234', bytes: storyXlsx(alaska()) }]);
    expect(xlsx.whole).toBe(true);
    expect(checkSheets(xlsx.book).data).toEqual(alaska());
    const json = importFiles([{ name: 'blob', bytes: strToU8(JSON.stringify(alaska())) }]);
    expect(checkSheets(json.book).data).toEqual(alaska());
    const tsv = importFiles([
      { name: 'clip', bytes: strToU8('ID\tName\tRole\ntrump\tDonald Trump\tPresident\n') },
    ]);
    expect(tsv.book.sheets[0]?.name).toBe('People');
  });
});
