/** A spreadsheet cell as read from a file: text, a number, true/false, or empty. */
export type Cell = string | number | boolean | null;

/** One sheet: row 0 holds the headers. Rows may be ragged. */
export interface Table {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** A workbook: its sheets in order, and whether its day numbers count from 1904. */
export interface Workbook {
  readonly sheets: readonly Table[];
  readonly date1904?: boolean;
}

/** Where a problem is, in spreadsheet terms. Rows count from 1 (the header row). */
export interface CellRef {
  readonly sheet: string;
  readonly row?: number;
  /** The column's header, e.g. "Start time". */
  readonly column?: string;
  /** The column's position (0 = A), when the sheet has that column. */
  readonly col?: number;
}

/** One thing wrong (or worth knowing) about a workbook, located by sheet, row and column. */
export interface SheetProblem extends CellRef {
  readonly message: string;
  /** Errors stop the export; warnings only inform (e.g. a column that is ignored). */
  readonly level: 'error' | 'warning';
}

/** A–Z, AA… for a 0-based column index. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `Events, row 7, Start time: not a time` */
export function describeProblem(p: SheetProblem): string {
  const where = [p.sheet];
  if (p.row !== undefined) where.push(`row ${p.row}`);
  if (p.column) where.push(p.column);
  return `${where.join(', ')}: ${p.message}`;
}

/** The sheet of that name, ignoring case. */
export function findSheet(book: Workbook, name: string): Table | undefined {
  const key = name.toLowerCase();
  return book.sheets.find((s) => s.name.trim().toLowerCase() === key);
}

/** True for a cell that holds nothing but spaces. */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A copy of the workbook with one cell changed (rows and columns grow as needed). */
export function setCell(
  book: Workbook,
  sheet: string,
  row: number,
  col: number,
  value: Cell,
): Workbook {
  return {
    ...book,
    sheets: book.sheets.map((t) => {
      if (t.name !== sheet) return t;
      const rows = t.rows.map((r) => [...r]);
      while (rows.length <= row) rows.push([]);
      const target = rows[row] ?? [];
      while (target.length <= col) target.push(null);
      target[col] = value;
      rows[row] = target;
      return { name: t.name, rows };
    }),
  };
}
