import { plural } from '../../words/plural';
import type { StoryData } from '../mapping';
import type { Table } from '../workbook';

/**
 * TimelineJS (Knight Lab) stories: its JSON format and the CSV export of its Google Sheets
 * template. What maps: the title slide (title, introduction), events (headline, text, start and
 * end dates at the precision given). What cannot is listed as a warning: media and backgrounds,
 * eras, groups, display dates, dates before year 1. TimelineJS times carry no time zone, so they
 * are written as local times and read in the Story sheet's Time zone (UTC until it is changed).
 */

interface TjsDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
}
interface TjsSlide {
  start_date?: TjsDate;
  end_date?: TjsDate;
  text?: { headline?: unknown; text?: unknown };
  media?: { url?: unknown };
  background?: unknown;
  group?: unknown;
  display_date?: unknown;
  unique_id?: unknown;
}

/** True for a TimelineJS JSON object (events with `start_date`, or a title slide with text). */
export function isTimelineJs(
  value: unknown,
): value is { events?: TjsSlide[]; title?: TjsSlide; eras?: unknown[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as { events?: unknown; title?: unknown };
  if (
    Array.isArray(v.events) &&
    v.events.some((e) => typeof e === 'object' && e !== null && 'start_date' in e)
  ) {
    return true;
  }
  return typeof v.title === 'object' && v.title !== null && 'text' in v.title && !('version' in v);
}

/** HTML from a TimelineJS slide as plain text: tags dropped, entities decoded, never run. */
export function htmlToText(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined;
  const text = html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
      const named: Record<string, string> = {
        amp: '&',
        lt: '<',
        gt: '>',
        quot: '"',
        apos: "'",
        nbsp: ' ',
      };
      if (e[0] === '#') {
        const code =
          e[1]?.toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : '';
      }
      return named[e.toLowerCase()] ?? '';
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

const num = (v: unknown): number | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(typeof v === 'string' ? v.trim() : v);
  return Number.isFinite(n) ? n : undefined;
};
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A TimelineJS date as a local time the Events sheet reads, and how exact it is. */
function localTime(
  d: TjsDate | undefined,
): { text: string; precision?: string } | { error: string } | undefined {
  if (!d) return undefined;
  const year = num(d.year);
  if (year === undefined) return undefined;
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    return { error: `year ${String(d.year)} cannot be written as a date (only years 1 to 9999)` };
  }
  const month = num(d.month);
  const day = num(d.day);
  const hour = num(d.hour);
  const date = `${pad(year, 4)}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  if (month === undefined) return { text: date, precision: 'year' };
  if (day === undefined) return { text: date, precision: 'day' };
  if (hour === undefined) return { text: date, precision: 'day' };
  const minute = num(d.minute) ?? 0;
  const second = num(d.second) ?? 0;
  return { text: `${date} ${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}` };
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event'
  );
}

/** Converts a TimelineJS JSON object into story data, with what did not map as warnings. */
export function timelineJsToStory(value: {
  events?: TjsSlide[];
  title?: TjsSlide;
  eras?: unknown[];
}): { story: StoryData; warnings: string[] } {
  const warnings: string[] = [];
  const title = htmlToText(value.title?.text?.headline) ?? 'A TimelineJS timeline';
  const story: StoryData = {
    version: 1,
    id: slug(title),
    title,
    intro: htmlToText(value.title?.text?.text),
    timezone: 'UTC',
    places: [],
    people: [],
    events: [],
    quotes: [],
    sources: [],
  };
  if (story.intro === undefined) delete story.intro;
  const used = new Set<string>();
  let media = 0;
  let backgrounds = 0;
  let groups = 0;
  let displayDates = 0;
  const events = story.events as Record<string, unknown>[];
  (value.events ?? []).forEach((slide, i) => {
    const headline = htmlToText(slide.text?.headline) ?? `Event ${i + 1}`;
    const start = localTime(slide.start_date);
    if (!start || 'error' in start) {
      warnings.push(
        `TimelineJS event ${i + 1} (“${headline}”) was left out: ${start ? start.error : 'it has no start date'}`,
      );
      return;
    }
    const end = localTime(slide.end_date);
    let id =
      typeof slide.unique_id === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(slide.unique_id)
        ? slide.unique_id
        : slug(headline);
    for (let n = 2; used.has(id); n++) id = `${slug(headline)}-${n}`;
    used.add(id);
    const event: Record<string, unknown> = { id, title: headline.slice(0, 300), start: start.text };
    if (end && !('error' in end)) event.end = end.text;
    else if (end)
      warnings.push(
        `TimelineJS event ${i + 1} (“${headline}”): its end was left out: ${end.error}`,
      );
    if (start.precision) event.precision = start.precision;
    const summary = htmlToText(slide.text?.text);
    if (summary) event.summary = summary;
    event.placeIds = [];
    event.peopleIds = [];
    event.sourceIds = [];
    if (slide.media && typeof slide.media === 'object') media++;
    if (slide.background) backgrounds++;
    if (slide.group) groups++;
    if (slide.display_date) displayDates++;
    events.push(event);
  });
  const count = (n: number, one: string, many: string) =>
    `${n} ${plural(n, { one: `${one} was`, other: `${many} were` })}`;
  if (media)
    warnings.push(
      `${count(media, 'media item', 'media items')} not imported (images, videos, links): Dayline shows no media slides`,
    );
  if (backgrounds)
    warnings.push(`${count(backgrounds, 'slide background', 'slide backgrounds')} not imported`);
  const eras = value.eras?.length ?? 0;
  if (eras) warnings.push(`${count(eras, 'era', 'eras')} not imported: Dayline has no eras`);
  if (groups)
    warnings.push(
      `${count(groups, 'group name', 'group names')} not imported: Dayline has no groups`,
    );
  if (displayDates)
    warnings.push(
      `${count(displayDates, 'display date', 'display dates')} not imported; the times are shown instead`,
    );
  if (events.length) {
    warnings.push(
      'TimelineJS times have no time zone: they are read as UTC; set Time zone on the Story sheet to read them in another zone',
      'TimelineJS events name no sources or places: add them on the Sources and Places sheets',
    );
  }
  return { story, warnings };
}

const TJS_COLUMNS = ['year', 'headline'];

/** True for a table in the layout of TimelineJS's Google Sheets template (Year, …, Headline). */
export function isTimelineJsSheet(table: Table): boolean {
  const header = (table.rows[0] ?? []).map((c) =>
    String(c ?? '')
      .trim()
      .toLowerCase(),
  );
  return TJS_COLUMNS.every((c) => header.includes(c));
}

/** A clock time from the sheet's Time column: `13:05`, `7:30 AM`, `7:30:15 pm`. */
function clock(text: string): { hour: number; minute: number; second: number } | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?m?\.?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  if (m[4]) hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  return { hour, minute: Number(m[2] ?? 0), second: Number(m[3] ?? 0) };
}

/** Converts rows of TimelineJS's sheet template into TimelineJS slides, then into a story. */
export function timelineJsSheetToStory(table: Table): { story: StoryData; warnings: string[] } {
  const header = (table.rows[0] ?? []).map((c) =>
    String(c ?? '')
      .trim()
      .toLowerCase(),
  );
  const at = (row: readonly unknown[], name: string) => {
    const i = header.indexOf(name);
    const v = i < 0 ? undefined : row[i];
    return v === null || v === undefined ? undefined : String(v).trim() || undefined;
  };
  const warnings: string[] = [];
  const events: TjsSlide[] = [];
  const eras: unknown[] = [];
  let title: TjsSlide | undefined;
  const date = (row: readonly unknown[], prefix: string, rowNo: number): TjsDate | undefined => {
    const year = at(row, `${prefix}year`);
    if (!year) return undefined;
    const time = at(row, `${prefix}time`);
    const c = time ? clock(time) : undefined;
    if (time && !c)
      warnings.push(
        `TimelineJS sheet, row ${rowNo}, ${prefix ? 'End Time' : 'Time'}: “${time}” is not a time; left out`,
      );
    return {
      year,
      month: at(row, `${prefix}month`),
      day: at(row, `${prefix}day`),
      ...(c ? c : {}),
    };
  };
  table.rows.forEach((row, r) => {
    if (r === 0 || row.every((c) => c === null || String(c).trim() === '')) return;
    const type = at(row, 'type')?.toLowerCase();
    const slide: TjsSlide = {
      start_date: date(row, '', r + 1),
      end_date: date(row, 'end ', r + 1),
      text: { headline: at(row, 'headline'), text: at(row, 'text') },
      ...(at(row, 'media') ? { media: { url: at(row, 'media') } } : {}),
      ...(at(row, 'background') ? { background: at(row, 'background') } : {}),
      ...(at(row, 'group') ? { group: at(row, 'group') } : {}),
      ...(at(row, 'display date') ? { display_date: at(row, 'display date') } : {}),
    };
    if (type === 'title') title = slide;
    else if (type === 'era') eras.push(slide);
    else events.push(slide);
  });
  const converted = timelineJsToStory({ title, events, eras });
  return { story: converted.story, warnings: [...warnings, ...converted.warnings] };
}
