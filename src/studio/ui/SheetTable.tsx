import { useEffect, useRef, useState } from 'react';
import { type Cell, columnLetter, type SheetProblem, type Table } from '../workbook';

/** Rows shown at a time: enough to scroll through, few enough to stay quick at 10,000 rows. */
export const PAGE_ROWS = 200;

/** A cell to open in the editor: 0-based row (0 = header) and column. */
export interface CellTarget {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

interface Props {
  table: Table;
  problems: readonly SheetProblem[];
  /** The cell to open, e.g. after a problem was clicked. */
  target: CellTarget | null;
  onCommit(row: number, col: number, value: Cell): void;
}

const show = (cell: Cell | undefined) =>
  cell === null || cell === undefined
    ? ''
    : typeof cell === 'boolean'
      ? cell
        ? 'yes'
        : 'no'
      : String(cell);

/** One sheet as a table; a click on a cell (or Enter on it) edits it in place. */
export function SheetTable({ table, problems, target, onCommit }: Props) {
  const [editing, setEditing] = useState<{ row: number; col: number } | null>(null);
  const [page, setPage] = useState(0);
  const returnFocus = useRef<{ row: number; col: number } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = table.rows;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const header = rows[0] ?? [];
  const dataRows = Math.max(0, rows.length - 1);
  const pages = Math.max(1, Math.ceil(dataRows / PAGE_ROWS));

  useEffect(() => {
    if (!target || target.sheet !== table.name) return;
    setPage(Math.floor(Math.max(0, target.row - 1) / PAGE_ROWS));
    setEditing({ row: target.row, col: target.col });
  }, [target, table.name]);

  useEffect(() => {
    // After an edit, the keyboard goes back to the cell that was edited.
    const back = returnFocus.current;
    if (!back || editing) return;
    returnFocus.current = null;
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${back.row}:${back.col}"]`)?.focus();
  }, [editing]);

  const byCell = new Map<string, SheetProblem[]>();
  for (const p of problems) {
    if (p.sheet !== table.name || p.row === undefined || p.col === undefined) continue;
    const key = `${p.row - 1}:${p.col}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }

  const first = 1 + page * PAGE_ROWS;
  const last = Math.min(rows.length - 1, first + PAGE_ROWS - 1);
  const visible: number[] = [0];
  for (let r = first; r <= last; r++) visible.push(r);

  const finish = (row: number, col: number, value: string | null) => {
    returnFocus.current = { row, col };
    setEditing(null);
    if (value !== null && value !== show(rows[row]?.[col]))
      onCommit(row, col, value === '' ? null : value);
  };

  return (
    <div className="sheet">
      <div className="sheet__scroll">
        <table ref={tableRef} className="sheet__table" aria-label={`${table.name} sheet`}>
          <thead>
            <tr>
              <th scope="col" className="sheet__corner">
                <span className="visually-hidden">Row</span>
              </th>
              {Array.from({ length: width }, (_, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position in the sheet
                <th scope="col" key={c} className="sheet__letter">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={r} className={r === 0 ? 'sheet__header-row' : undefined}>
                <th scope="row" className="sheet__rownum">
                  {r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const cell = rows[r]?.[c] ?? null;
                  const found = byCell.get(`${r}:${c}`);
                  const name = `${table.name}, row ${r + 1}, ${show(header[c]) || columnLetter(c)}`;
                  const error = found?.find((p) => p.level === 'error');
                  if (editing && editing.row === r && editing.col === c) {
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position in the sheet
                      <td key={c} className="sheet__cell sheet__cell--editing">
                        <CellEditor
                          label={name}
                          value={show(cell)}
                          problem={found?.[0]?.message}
                          onDone={(v) => finish(r, c, v)}
                        />
                      </td>
                    );
                  }
                  return (
                    <td
                      // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position in the sheet
                      key={c}
                      className={`sheet__cell${error ? ' sheet__cell--error' : found ? ' sheet__cell--warning' : ''}`}
                    >
                      <button
                        type="button"
                        className="sheet__value"
                        data-cell={`${r}:${c}`}
                        aria-label={`${name}: ${show(cell) || 'empty'}${found ? ` — ${found.map((p) => p.message).join('; ')}` : ''}`}
                        title={found?.map((p) => p.message).join('\n')}
                        onClick={() => setEditing({ row: r, col: c })}
                      >
                        {show(cell)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="sheet__pages" aria-label={`${table.name} rows`}>
          <button
            type="button"
            className="button"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            Previous rows
          </button>
          <span>
            Rows {first + 1}–{last + 1} of {rows.length}
          </span>
          <button
            type="button"
            className="button"
            disabled={page >= pages - 1}
            onClick={() => setPage(page + 1)}
          >
            Next rows
          </button>
        </nav>
      )}
    </div>
  );
}

interface EditorProps {
  label: string;
  value: string;
  problem: string | undefined;
  /** The new text, or null when the edit was cancelled. */
  onDone(value: string | null): void;
}

/** The quick editor: Enter keeps the change, Escape drops it, leaving the cell keeps it. */
function CellEditor({ label, value, problem, onDone }: EditorProps) {
  const [text, setText] = useState(value);
  const done = useRef(false);
  const end = (v: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(v);
  };
  const common = {
    'aria-label': label,
    'aria-description': problem,
    autoFocus: true,
    className: 'sheet__input',
    value: text,
    onFocus: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      e.currentTarget.select(),
    onBlur: () => end(text),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        end(null);
      } else if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        end(text);
      }
    },
  };
  return value.length > 60 || value.includes('\n') ? (
    <textarea {...common} rows={4} onChange={(e) => setText(e.target.value)} />
  ) : (
    <input {...common} type="text" onChange={(e) => setText(e.target.value)} />
  );
}
