import { checkLinks } from '../data/links';
import { checkStory } from '../data/load';
import type { Problem } from '../data/problems';
import type { RawStory } from '../data/schema';
import { type StoryData, sheetsToStory } from './mapping';
import type { SheetProblem, Workbook } from './workbook';

/** A workbook checked the way the app checks a story file. */
export interface CheckedSheets {
  /** Every problem, located in spreadsheet terms; errors first, then in sheet order. */
  readonly problems: readonly SheetProblem[];
  /** The story data as read (with fields this version does not know yet, e.g. translations). */
  readonly data: StoryData;
  /** The checked story when there are no errors. */
  readonly story: RawStory | null;
}

/** Reads the sheets, then runs the app's own checks and locates their findings in cells. */
export function checkSheets(book: Workbook): CheckedSheets {
  const read = sheetsToStory(book);
  const problems = [...read.problems];
  const cellErrors = problems.some((p) => p.level === 'error');
  const checked = checkStory(read.story);
  const add = (found: readonly Problem[]) => {
    for (const p of found) {
      const at = read.locate(p.path) ?? { sheet: 'Story' };
      // One message per cell: a cell that could not be read already says why, and the format's
      // "is missing" for the same field would only repeat it.
      const taken = problems.some(
        (q) =>
          q.level === 'error' && q.sheet === at.sheet && q.row === at.row && q.column === at.column,
      );
      if (!taken) problems.push({ ...at, message: p.message, level: 'error' });
    }
  };
  if (!checked.ok) {
    add(checked.problems);
    // The app checks links only once the shape is right; an author wants every mistake at once.
    add(linkProblems(read.story));
  }
  const order = (p: SheetProblem) => (p.level === 'error' ? 0 : 1);
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => order(a.p) - order(b.p) || a.i - b.i)
    .map(({ p }) => p);
  const ok = checked.ok && !cellErrors;
  return { problems: sorted, data: read.story, story: ok && checked.ok ? checked.value : null };
}

function linkProblems(data: StoryData): readonly Problem[] {
  const lists = ['places', 'people', 'events', 'quotes', 'sources'];
  if (!lists.every((k) => Array.isArray(data[k]))) return [];
  try {
    // The shape is not guaranteed here; the checks only read fields, and a throw is ignored.
    return checkLinks(data as unknown as RawStory).filter((p) => !/undefined|NaN/.test(p.message));
  } catch {
    return [];
  }
}
