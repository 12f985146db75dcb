import type { MessageId, MessageValues } from '../i18n/i18n';
import { ISO_WITH_OFFSET, parseIsoTime } from '../time/iso';
import { isKnownTimeZone } from '../time/zone';
import { formatPath, type Problem, problemAt } from './problems';
import type { RawStory, RawStoryTexts } from './schema';

/** The lists whose items have ids that others link to. */
export type ListName = 'places' | 'people' | 'events' | 'quotes' | 'sources' | 'routes';

/**
 * Ids of items left out of the check because their own shape is wrong: links to them are not
 * reported as dangling (the shape problem is reported instead).
 */
export type KnownIds = Partial<Record<ListName, ReadonlySet<string>>>;
const SINGULAR: Record<ListName, string> = {
  places: 'place',
  people: 'person',
  events: 'event',
  quotes: 'quote',
  sources: 'source',
  routes: 'route',
};

/** Records a problem: where, in English, and as a catalog message. */
type Add = (path: string, message: string, id: MessageId, values?: MessageValues) => void;

/** `no event "talk"`, for any kind of item. */
const noItem = (add: Add, path: string, kind: string, id: string) =>
  add(path, `no ${kind} "${id}"`, 'problem.noItem', { kind, id });

/**
 * Checks what a shape schema cannot: unique ids, references that resolve, times that exist and
 * run forwards, coordinates on the globe, a time zone the browser knows, tour stops that name
 * real items. Returns every problem found, never throws.
 */
export function checkLinks(story: RawStory, known: KnownIds = {}): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (path, message, id, values) =>
    problems.push(problemAt(path, message, id, values));

  const ids: Record<ListName, Set<string>> = {
    places: uniqueIds('places', story.places, add),
    people: uniqueIds('people', story.people, add),
    events: uniqueIds('events', story.events, add),
    quotes: uniqueIds('quotes', story.quotes, add),
    sources: uniqueIds('sources', story.sources, add),
    routes: uniqueIds('routes', story.routes ?? [], add),
  };
  for (const [list, more] of Object.entries(known) as [ListName, ReadonlySet<string>][]) {
    for (const id of more) ids[list].add(id);
  }

  const refs = (path: string, list: readonly string[] | undefined, target: ListName) => {
    list?.forEach((ref, i) => {
      if (!ids[target].has(ref)) noItem(add, `${path}[${i}]`, SINGULAR[target], ref);
    });
  };

  checkZone('timezone', story.timezone, add);
  if (story.secondTimezone) checkZone('secondTimezone', story.secondTimezone, add);

  story.places.forEach((p, i) => {
    if (!(p.lat >= -90 && p.lat <= 90)) latitude(add, `places[${i}].lat`, p.lat);
    if (!(p.lon >= -180 && p.lon <= 180)) longitude(add, `places[${i}].lon`, p.lon);
    refs(`places[${i}].sourceIds`, p.sourceIds, 'sources');
  });

  story.events.forEach((e, i) => {
    const start = checkTime(`events[${i}].start`, e.start, add);
    const end = e.end === undefined ? undefined : checkTime(`events[${i}].end`, e.end, add);
    if (start !== undefined && end !== undefined && end < start) {
      add(
        `events[${i}].end`,
        `ends (${e.end}) before it starts (${e.start})`,
        'problem.endsBeforeStart',
        { end: e.end ?? '', start: e.start },
      );
    }
    refs(`events[${i}].placeIds`, e.placeIds, 'places');
    refs(`events[${i}].peopleIds`, e.peopleIds, 'people');
    refs(`events[${i}].sourceIds`, e.sourceIds, 'sources');
    for (const key of ['after', 'before'] as const) {
      const ref = e[key];
      if (ref !== undefined && !ids.events.has(ref))
        noItem(add, `events[${i}].${key}`, 'event', ref);
    }
  });

  story.quotes.forEach((q, i) => {
    if (!ids.people.has(q.speakerId)) noItem(add, `quotes[${i}].speakerId`, 'person', q.speakerId);
    refs(`quotes[${i}].eventIds`, q.eventIds, 'events');
    refs(`quotes[${i}].placeIds`, q.placeIds, 'places');
    refs(`quotes[${i}].sourceIds`, q.sourceIds, 'sources');
    if (q.lang !== undefined) checkLang(`quotes[${i}].lang`, q.lang, add);
    q.translations?.forEach((t, j) => {
      const path = `quotes[${i}].translations[${j}]`;
      checkLang(`${path}.lang`, t.lang, add);
      if (!t.text.trim()) add(`${path}.text`, 'must not be blank', 'problem.blank');
      refs(`${path}.sourceIds`, t.sourceIds, 'sources');
      // Only our own translation may stand without a source: every other one was printed somewhere.
      if (t.kind !== 'ours' && t.sourceIds.length === 0) {
        add(
          `${path}.sourceIds`,
          `a translation of kind "${t.kind}" needs at least one source`,
          'problem.translationSource',
          { kind: t.kind },
        );
      }
    });
    q.printed?.forEach((form, j) => {
      const path = `quotes[${i}].printed[${j}]`;
      if (!form.text.trim()) add(`${path}.text`, 'must not be blank', 'problem.blank');
      refs(`${path}.sourceIds`, form.sourceIds, 'sources');
      if (form.sourceIds.length === 0)
        add(`${path}.sourceIds`, 'needs at least one source', 'problem.needsSource');
    });
  });

  story.sources.forEach((s, i) => {
    if (s.lang !== undefined) checkLang(`sources[${i}].lang`, s.lang, add);
  });

  story.routes?.forEach((r, i) => {
    refs(`routes[${i}].placeIds`, r.placeIds, 'places');
    refs(`routes[${i}].eventIds`, r.eventIds, 'events');
    for (const end of ['depart', 'arrive'] as const) {
      const ref = r[end];
      if (ref && 'eventId' in ref) {
        if (!ids.events.has(ref.eventId))
          noItem(add, `routes[${i}].${end}.eventId`, 'event', ref.eventId);
      } else if (ref) checkTime(`routes[${i}].${end}.time`, ref.time, add);
    }
    const count = (r.placeIds?.length ?? 0) + (r.points?.length ?? 0);
    if (r.placeIds === undefined && r.points === undefined) {
      add(`routes[${i}]`, 'needs "placeIds" or "points"', 'problem.routePoints');
    } else if (count < 2) {
      add(`routes[${i}]`, 'needs at least two places or points', 'problem.routeTwo');
    }
    r.points?.forEach(([lat, lon], j) => {
      if (!(lat >= -90 && lat <= 90)) latitude(add, `routes[${i}].points[${j}][0]`, lat);
      if (!(lon >= -180 && lon <= 180)) longitude(add, `routes[${i}].points[${j}][1]`, lon);
    });
  });

  story.tour?.forEach((stop, i) => {
    const colon = stop.select.indexOf(':');
    const kind = stop.select.slice(0, colon);
    const ref = stop.select.slice(colon + 1);
    const list: ListName = kind === 'event' ? 'events' : kind === 'place' ? 'places' : 'quotes';
    if (!ids[list].has(ref)) noItem(add, `tour[${i}].select`, kind, ref);
  });

  if (story.texts) checkTexts(story.texts, story, ids, add);

  return problems;
}

/** The lists of a texts block whose keys are ids of the story's items. */
const TEXT_LISTS = ['events', 'places', 'people', 'quotes', 'routes'] as const;

/**
 * Checks the story's texts in other languages: each language a real tag given once, each id one
 * the story has, each tour key a stop the tour makes, and no text left blank.
 */
function checkTexts(
  texts: Readonly<Record<string, RawStoryTexts>>,
  story: RawStory,
  ids: Record<ListName, Set<string>>,
  add: Add,
) {
  const at = (...segments: string[]) => formatPath(['texts', ...segments]);
  const seen = new Map<string, string>();
  const stops = new Set((story.tour ?? []).map((stop) => stop.select));
  const blanks = (path: string[], item: Readonly<Record<string, string | undefined>>) => {
    for (const [field, value] of Object.entries(item)) {
      if (value !== undefined && !value.trim())
        add(at(...path, field), 'must not be blank', 'problem.blank');
    }
  };
  for (const [lang, block] of Object.entries(texts)) {
    if (!isLanguageTag(lang)) {
      add(
        at(lang),
        `"${lang}" is not a BCP 47 language tag (e.g. "ru", "uk")`,
        'problem.textsLang',
        {
          tag: lang,
        },
      );
      continue;
    }
    const primary = lang.split('-')[0]?.toLowerCase() ?? lang;
    const first = seen.get(primary);
    if (first !== undefined) {
      add(
        at(lang),
        `the texts for "${first}" are already in this language; give them once`,
        'problem.textsTwice',
        { first },
      );
    } else seen.set(primary, lang);
    const { title, subtitle, intro } = block;
    blanks([lang], { title, subtitle, intro });
    for (const list of TEXT_LISTS) {
      for (const [id, item] of Object.entries(block[list] ?? {})) {
        if (!ids[list].has(id)) noItem(add, at(lang, list, id), SINGULAR[list], id);
        else blanks([lang, list, id], item);
      }
    }
    for (const [side, item] of Object.entries(block.sides ?? {}))
      blanks([lang, 'sides', side], item);
    for (const [select, stop] of Object.entries(block.tour ?? {})) {
      if (!stops.has(select))
        add(at(lang, 'tour', select), `no tour stop selects "${select}"`, 'problem.noTourStop', {
          select,
        });
      else blanks([lang, 'tour', select], stop);
    }
  }
}

function uniqueIds(list: ListName, items: readonly { id: string }[], add: Add): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else {
      const where = `${list}[${first}]`;
      add(
        `${list}[${i}].id`,
        `duplicate id "${item.id}" (already used by ${where})`,
        'problem.duplicateId',
        { id: item.id, where },
      );
    }
  });
  return new Set(seen.keys());
}

function checkTime(path: string, value: string, add: Add): number | undefined {
  if (!ISO_WITH_OFFSET.test(value)) return undefined; // the shape check has said so already
  const ms = parseIsoTime(value);
  if (ms === undefined)
    add(path, `"${value}" is not a real date and time`, 'problem.notRealTime', { value });
  return ms;
}

function checkZone(path: string, zone: string, add: Add) {
  if (!isKnownTimeZone(zone))
    add(path, `"${zone}" is not an IANA time zone (e.g. America/Anchorage)`, 'problem.zone', {
      zone,
    });
}

function latitude(add: Add, path: string, value: number) {
  add(path, `${value} is not a latitude (-90 to 90)`, 'problem.latitude', { value: String(value) });
}

function longitude(add: Add, path: string, value: number) {
  add(path, `${value} is not a longitude (-180 to 180)`, 'problem.longitude', {
    value: String(value),
  });
}

/** True when the tag is a well-formed BCP 47 language tag (`en`, `ru`, `en-GB`, `zh-Hant`). */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function checkLang(path: string, tag: string, add: Add) {
  if (!isLanguageTag(tag))
    add(path, `"${tag}" is not a BCP 47 language tag (e.g. "en", "ru")`, 'problem.langTag', {
      tag,
    });
}
