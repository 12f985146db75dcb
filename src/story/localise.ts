import type { RawPlace, RawStory, RawStoryTexts } from '../data/schema';

/** The language a story's own texts are written in (the format has no other yet). */
export const STORY_LANG = 'en';

/** The lists whose items a texts block translates by id. */
export type TextList = 'events' | 'places' | 'people' | 'quotes' | 'routes' | 'tour' | 'sides';

/**
 * A place with its kind in words for readers: `kind` stays the story's own word, a key (it picks
 * the marker's shape), and `kindText` is what a reader is shown.
 */
export interface LocalisedPlace extends RawPlace {
  /** The kind in the reader's language, where the texts give it. */
  readonly kindText?: string;
}

/** The story with its places' kinds in words beside their keys. */
export interface LocalisedRawStory extends Omit<RawStory, 'places'> {
  readonly places: LocalisedPlace[];
}

/**
 * Texts whose field in the story is a key the views compute with: a translation goes beside it,
 * under this name, so the key is never overwritten.
 */
const SHOWN_AS: Partial<Record<TextList, Readonly<Record<string, string>>>> = {
  places: { kind: 'kindText' },
};

/** A story whose own texts are given in the reader's language where it has them. */
export interface LocalisedStory {
  /** The story, each translated field replaced; every other field as written. */
  readonly story: LocalisedRawStory;
  /** The language the texts were asked for. */
  readonly lang: string;
  /** Keys (`title`, `events:talks:summary`, `tour:event:talks:note`) of the fields translated. */
  readonly translated: ReadonlySet<string>;
  /** Names of the story's own sides (a person's `side`) in the reader's language, by side. */
  readonly sideNames: ReadonlyMap<string, string>;
}

/** `en-GB` and `en` are one language to a reader: compare the primary subtags. */
function primary(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}

/** The texts block for a reader's language: an exact tag first, else one of the same language. */
export function textsFor(raw: Pick<RawStory, 'texts'>, lang: string): RawStoryTexts | undefined {
  const texts = raw.texts;
  if (!texts || primary(lang) === primary(STORY_LANG)) return undefined;
  if (texts[lang]) return texts[lang];
  const key = Object.keys(texts).find((k) => primary(k) === primary(lang));
  return key === undefined ? undefined : texts[key];
}

/** Where a field's text lives in the translated set: `events:talks:title`. */
export function textKey(list: TextList | '', id: string, field: string): string {
  return list ? `${list}:${id}:${field}` : field;
}

/**
 * The story's texts in `lang`, field by field: each field the story's texts block for that
 * language gives replaces the story's own, and each it leaves out stays in the story's own
 * language. Pure; the story passed in is not changed. Quotes' words are never touched.
 */
export function localiseStory(raw: RawStory, lang: string): LocalisedStory {
  const block = textsFor(raw, lang);
  const translated = new Set<string>();
  const sideNames = new Map<string, string>();
  if (!block) return { story: raw, lang, translated, sideNames };
  for (const [side, { name }] of Object.entries(block.sides ?? {})) {
    if (name === undefined || !name.trim()) continue;
    sideNames.set(side, name);
    translated.add(textKey('sides', side, 'name'));
  }

  const overlay = <T extends object>(
    list: TextList | '',
    id: string,
    item: T,
    fields: Readonly<Record<string, string | undefined>> | undefined,
  ): T => {
    if (!fields) return item;
    let copy: T | undefined;
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined || !value.trim()) continue;
      copy ??= { ...item };
      (copy as Record<string, unknown>)[(list && SHOWN_AS[list]?.[field]) || field] = value;
      translated.add(textKey(list, id, field));
    }
    return copy ?? item;
  };
  const { title, subtitle, intro } = block;
  const top = overlay('', '', raw, { title, subtitle, intro });
  const byId = <T extends { id: string }>(
    list: Exclude<TextList, 'tour' | 'sides'>,
    items: readonly T[],
  ): T[] => items.map((item) => overlay(list, item.id, item, block[list]?.[item.id]));

  return {
    lang,
    translated,
    sideNames,
    story: {
      ...top,
      events: byId('events', raw.events),
      places: byId('places', raw.places),
      people: byId('people', raw.people),
      quotes: byId('quotes', raw.quotes),
      routes: raw.routes && byId('routes', raw.routes),
      tour: raw.tour?.map((stop) => overlay('tour', stop.select, stop, block.tour?.[stop.select])),
    },
  };
}
