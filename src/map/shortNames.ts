/** A shortened name ends with this. */
export const ELLIPSIS = '…';
/** A name cut within its first word keeps at least this many letters. */
const MIN_LETTERS = 4;

/**
 * The forms a name can be written in on a crowded map, fullest first: the whole name; the part
 * before its brackets or first comma ("White House, Washington" → "White House"); the
 * abbreviation it gives in brackets ("Joint Base Elmendorf-Richardson (JBER)" → "JBER"); then its first words
 * with an ellipsis ("Fort Richardson…", "Fort…"); last, its first four letters ("Seym…").
 */
export function shortNames(name: string): string[] {
  const forms: string[] = [name];
  const add = (form: string) => {
    const trimmed = form.trim();
    if (trimmed && !forms.includes(trimmed)) forms.push(trimmed);
  };
  const bracket = /\(([^)]+)\)\s*$/.exec(name);
  const base = bracket ? name.slice(0, bracket.index).trim() : name;
  const comma = base.indexOf(',');
  const head = comma > 0 ? base.slice(0, comma) : base;
  add(head);
  if (bracket?.[1]) add(bracket[1]);
  const words = head.split(/\s+/).filter(Boolean);
  for (let n = words.length - 1; n >= 1; n--) add(`${words.slice(0, n).join(' ')}${ELLIPSIS}`);
  // Last, the first letters of the first word ("Seymchan" → "Seym…"), never fewer than four.
  const first = words[0] ?? '';
  if (first.length > MIN_LETTERS + 1) add(`${first.slice(0, MIN_LETTERS)}${ELLIPSIS}`);
  return forms;
}
