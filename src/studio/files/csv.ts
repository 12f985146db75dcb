import Papa from 'papaparse';
import type { Cell, Table } from '../workbook';
import { formatBytes, MAX_FILE_BYTES, MAX_ROWS, RefusedFile } from './limits';

/**
 * Cells a spreadsheet would run as a formula when it opens a CSV file. On export they get a
 * leading apostrophe (the usual guard); on import one leading apostrophe before them is dropped,
 * so text round-trips exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Parses CSV or TSV text (the delimiter is detected unless given) into rows of text cells. */
export function readDelimited(text: string, name: string, delimiter?: string): Table {
  if (text.length > MAX_FILE_BYTES) {
    throw new RefusedFile(
      `the text is ${formatBytes(text.length)}; files are limited to ${formatBytes(MAX_FILE_BYTES)}`,
    );
  }
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: delimiter ?? '',
    skipEmptyLines: false,
  });
  const rows: Cell[][] = result.data.map((row) =>
    row.map((cell) => {
      const unguarded = cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
      return unguarded === '' ? null : unguarded;
    }),
  );
  // Papa Parse reads the newline at the end of a file as one more, empty, row.
  while (rows.length && (rows.at(-1) ?? []).every((c) => c === null)) rows.pop();
  if (rows.length > MAX_ROWS) throw new RefusedFile(`more than ${MAX_ROWS - 1} rows; refused`);
  return { name, rows };
}

/** Writes one sheet as CSV, with formula-like text guarded (see {@link FORMULA_START}). */
export function writeCsv(table: Table): string {
  const rows = table.rows.map((row) =>
    row.map((cell) =>
      cell === null
        ? ''
        : typeof cell === 'string' && FORMULA_START.test(cell)
          ? `'${cell}`
          : String(cell),
    ),
  );
  return Papa.unparse(rows, { newline: '\r\n' });
}
