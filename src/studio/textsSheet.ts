import { formatPath } from '../data/problems';
import type { ColumnSpec, ListSheetSpec } from './sheets';
import type { Cell, CellRef, Table } from './workbook';

/**
 * The story's own texts in other languages (the story's `texts`) as a sheet: one row per text,
 * so a translator fills in one language at a time, item by item, next to nothing else.
 */
export const TEXTS_SHEET = 'Other languages';

/** What each kind of item may have translated, as the Item column names it. */
const ITEMS = {
  story: { list: '', fields: ['title', 'subtitle', 'intro'] },
  event: { list: 'events', fields: ['title', 'summary'] },
  place: { list: 'places', fields: ['name', 'kind', 'description'] },
  person: { list: 'people', fields: ['name', 'role'] },
  quote: { list: 'quotes', fields: ['occasion', 'note'] },
  route: { list: 'routes', fields: ['name'] },
  side: { list: 'sides', fields: ['name'] },
  'tour stop': { list: 'tour', fields: ['note'] },
} as const;
type ItemWord = keyof typeof ITEMS;
const ITEM_WORDS = Object.keys(ITEMS) as ItemWord[];

const col = (header: string, field: string, kind: 'text' | 'id', note: string): ColumnSpec => ({
  header,
  field,
  kind,
  note,
});

/** The sheet's columns, for reading, writing and the "Read me" sheet. */
export const TEXTS_SPEC: ListSheetSpec = {
  name: TEXTS_SHEET,
  list: 'texts',
  note: 'The story’s own texts in other languages, one row per text: a reader of that language sees them instead of the story’s (English) ones; any text left out shows in English. Never a quote’s words: those stay as spoken, with their translations on the Translations sheet.',
  columns: [
    col('Language', 'lang', 'id', 'The language of the text, e.g. ru or uk.'),
    col('Item', 'item', 'text', `What the text belongs to: ${ITEM_WORDS.join(', ')}.`),
    col(
      'ID',
      'id',
      'id',
      'The item’s ID; for a side the word people have in their Side (public); for a tour stop what it shows (event:talks); empty for the story.',
    ),
    col(
      'Field',
      'field',
      'text',
      'Which text: title, subtitle or intro (story); title or summary (event); name, kind or description (place); name or role (person); occasion or note (quote); name (route); name (side); note (tour stop).',
    ),
    col('Text', 'text', 'text', 'The text in that language, in your own words.'),
  ],
};

type Texts = Record<string, Record<string, unknown>>;
type Report = (ref: CellRef, message: string) => void;

/** One row as read: the cells of the sheet's columns (see {@link TEXTS_SPEC}). */
export interface TextRow {
  readonly lang?: unknown;
  readonly item?: unknown;
  readonly id?: unknown;
  readonly field?: unknown;
  readonly text?: unknown;
}

/**
 * Builds the story's `texts` from the sheet's rows, reporting each row that cannot say which
 * text it is, and recording where each text came from (`place(path, ref)`), so the app's own
 * checks (an unknown id, a blank text) point at the row.
 */
export function textsFromRows(
  rows: readonly { row: TextRow; at: number; cols: ReadonlyMap<ColumnSpec, number> }[],
  sheet: string,
  place: (path: string, ref: CellRef) => void,
  error: Report,
  warn: Report,
): Texts | undefined {
  const texts: Texts = {};
  const cellOf = (at: number, cols: ReadonlyMap<ColumnSpec, number>, field: string) => {
    const column = TEXTS_SPEC.columns.find((c) => c.field === field) as ColumnSpec;
    return { sheet, row: at, column: column.header, col: cols.get(column) };
  };
  const seen = new Map<string, number>();
  for (const { row, at, cols } of rows) {
    const ref = (field: string) => cellOf(at, cols, field);
    const lang = typeof row.lang === 'string' ? row.lang : undefined;
    const word = String(row.item ?? '')
      .trim()
      .toLowerCase();
    const spec = ITEMS[word as ItemWord] as (typeof ITEMS)[ItemWord] | undefined;
    const field = typeof row.field === 'string' ? row.field.trim() : '';
    const id = typeof row.id === 'string' ? row.id : undefined;
    if (!lang) {
      error(ref('lang'), 'is empty: which language is this text in (e.g. ru)?');
      continue;
    }
    if (!spec) {
      error(ref('item'), `"${String(row.item ?? '')}": write one of ${ITEM_WORDS.join(', ')}`);
      continue;
    }
    if (!(spec.fields as readonly string[]).includes(field)) {
      error(
        ref('field'),
        `"${field}" is not a text of a ${word}; write ${spec.fields.join(' or ')}`,
      );
      continue;
    }
    if (spec.list && !id) {
      error(ref('id'), `is empty: which ${word} is this text for?`);
      continue;
    }
    if (row.text === undefined) {
      warn(ref('text'), 'has no text; the row is ignored');
      continue;
    }
    const segments = spec.list ? [lang, spec.list, id ?? '', field] : [lang, field];
    const key = JSON.stringify(segments);
    const first = seen.get(key);
    if (first !== undefined) {
      error(ref('text'), `this text is given twice (also in row ${first})`);
      continue;
    }
    seen.set(key, at);
    const block = child(texts, lang);
    if (!spec.list) block[field] = row.text;
    else {
      child(child(block, spec.list), id ?? '')[field] = row.text;
      place(formatPath(['texts', lang, spec.list, id ?? '']), { sheet, row: at });
    }
    place(formatPath(['texts', lang]), { sheet, row: at });
    place(formatPath(['texts', ...segments]), ref('text'));
  }
  return Object.keys(texts).length ? texts : undefined;
}

/** The object under `key`, made on first use. */
function child(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  const found = parent[key];
  if (typeof found === 'object' && found !== null) return found as Record<string, unknown>;
  const made: Record<string, unknown> = {};
  parent[key] = made;
  return made;
}

/** Writes the story's `texts` as the sheet's rows (header first); fields it cannot hold are warned of. */
export function textsToTable(texts: unknown, warnings: string[]): Table {
  const rows: Cell[][] = [TEXTS_SPEC.columns.map((c) => c.header)];
  if (typeof texts !== 'object' || texts === null) return { name: TEXTS_SHEET, rows };
  const str = (v: unknown): Cell => (typeof v === 'string' ? v : JSON.stringify(v));
  for (const [lang, block] of Object.entries(texts as Texts)) {
    if (typeof block !== 'object' || block === null) continue;
    const lists = new Set<string>(ITEM_WORDS.map((w) => ITEMS[w].list).filter(Boolean));
    for (const field of ITEMS.story.fields) {
      if (block[field] !== undefined) rows.push([lang, 'story', null, field, str(block[field])]);
    }
    for (const key of Object.keys(block)) {
      if (!lists.has(key) && !(ITEMS.story.fields as readonly string[]).includes(key))
        warnings.push(`texts.${lang} has a field "${key}" the workbook has no place for`);
    }
    for (const word of ITEM_WORDS) {
      const { list, fields } = ITEMS[word];
      const items = list ? block[list] : undefined;
      if (typeof items !== 'object' || items === null) continue;
      for (const [id, item] of Object.entries(items as Record<string, Record<string, unknown>>)) {
        for (const [field, value] of Object.entries(item ?? {})) {
          if (!(fields as readonly string[]).includes(field)) {
            warnings.push(
              `texts.${lang}.${list}.${id} has a field "${field}" the workbook has no place for`,
            );
          } else if (value !== undefined) rows.push([lang, word, id, field, str(value)]);
        }
      }
    }
  }
  return { name: TEXTS_SHEET, rows };
}
