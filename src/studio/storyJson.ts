import type { StoryData } from './mapping';
import { LIST_SHEETS, STORY_FIELDS } from './sheets';

const TOP = ['$schema', 'version', ...STORY_FIELDS.map((f) => f.field)];
const LISTS = ['places', 'people', 'events', 'quotes', 'routes', 'tour', 'sources'];

function ordered(item: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (item[k] !== undefined) out[k] = item[k];
  for (const [k, v] of Object.entries(item)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

/** The story as a JSON file, keys in the order the format documents them. */
export function storyJsonText(story: StoryData): string {
  const top = ordered(story, [...new Set([...TOP, ...LISTS])]);
  for (const spec of LIST_SHEETS) {
    if (spec.parent) continue;
    const list = top[spec.list];
    if (!Array.isArray(list)) continue;
    const keys = spec.columns.map((c) => c.field);
    top[spec.list] = list.map((item: Record<string, unknown>) => {
      const o = ordered(item, [...keys, 'translations', 'printed']);
      for (const child of LIST_SHEETS.filter((s) => s.parent)) {
        const kids = o[child.list];
        if (Array.isArray(kids)) {
          o[child.list] = kids.map((k: Record<string, unknown>) =>
            ordered(k, child.columns.map((c) => c.field).filter(Boolean)),
          );
        }
      }
      return o;
    });
  }
  return `${JSON.stringify(top, null, 2)}\n`;
}
