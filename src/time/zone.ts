import { formatLang, intlLocale } from '../i18n/format';

/** Which time zone labels the axis and details. `story` is the dataset's own zone. */
export type ZoneChoice = 'story' | 'UTC' | 'local' | (string & {});

const MINUTE = 60_000;

/** The IANA zone a choice stands for: `story` is the story's zone, `local` the viewer's. */
export function resolveZone(choice: ZoneChoice, story: { readonly timezone: string }): string {
  if (choice === 'story') return story.timezone;
  if (choice === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return choice;
}

/** Dates read back as numbers (offsets, day keys) are read in one fixed, digit-only locale. */
const NUMERIC = 'en-GB';

/** The ways this module writes a date; each is one object, so formatters are cached by it. */
const OFFSET_PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const ABBREVIATION: Intl.DateTimeFormatOptions = { timeZoneName: 'short' };

// Thousands of times on a large story's first render: a lookup, not a new formatter or a key
// built from the options.
const formatters = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
function formatter(
  zone: string,
  options: Intl.DateTimeFormatOptions,
  locale = NUMERIC,
): Intl.DateTimeFormat {
  let byZone = formatters.get(options);
  if (!byZone) {
    byZone = new Map();
    formatters.set(options, byZone);
  }
  const key = `${locale}|${zone}`;
  let f = byZone.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, ...options });
    byZone.set(key, f);
  }
  return f;
}

/**
 * A zone's offset, and so its abbreviation, changes only on a quarter hour (everywhere since the
 * 1970s): one answer, computed once, serves the zone's whole quarter hour.
 */
function perQuarterHour<T>(answers: Map<string, T>, zone: string, ms: number, compute: () => T): T {
  const key = `${zone}|${Math.floor(ms / 900_000)}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = compute();
    if (answers.size > 10_000) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

/** Minutes the zone is ahead of UTC at that moment (AKDT: -480, MSK: 180). */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  return perQuarterHour(offsets, zone, ms, () => {
    const parts = formatter(zone, OFFSET_PARTS).formatToParts(ms);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const asUtc = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
    return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
  });
}
const offsets = new Map<string, number>();

/** A short zone name for labels: `AKDT`, `MSK`, `UTC`, or `GMT+3` where no abbreviation exists. */
export function zoneAbbreviation(zone: string, ms: number): string {
  if (zone === 'UTC') return 'UTC';
  // Abbreviations are the same letters in every language (a Russian newsroom writes AKDT too).
  if (zone === 'Europe/Moscow') return 'MSK';
  return perQuarterHour(abbreviations, zone, ms, () => {
    // en-US knows the North American abbreviations (AKDT, EDT) that en-GB spells as GMT-8.
    const parts = formatter(zone, ABBREVIATION, 'en-US').formatToParts(ms);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  });
}
const abbreviations = new Map<string, string>();

/** A readable zone name for menus: `Anchorage (AKDT)`. */
export function zoneName(zone: string, ms: number): string {
  const abbr = zoneAbbreviation(zone, ms);
  if (zone === 'UTC') return 'UTC';
  const lang = formatLang();
  // Other languages name the zone in their own words (`Аляска`); English keeps the city.
  const city =
    lang === 'en'
      ? (zone.split('/').pop()?.replace(/_/g, ' ') ?? zone)
      : genericZoneName(zone, ms, lang);
  return `${city} (${abbr})`;
}

/**
 * Cities of the zones newsrooms name most, as Russian and Ukrainian write them; other zones get
 * the language's generic zone name from Intl (`Аляска`), else the English city.
 */
const CITIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'America/Anchorage': { ru: 'Анкоридж', uk: 'Анкоридж' },
  'America/New_York': { ru: 'Нью-Йорк', uk: 'Нью-Йорк' },
  'America/Los_Angeles': { ru: 'Лос-Анджелес', uk: 'Лос-Анджелес' },
  'America/Chicago': { ru: 'Чикаго', uk: 'Чикаго' },
  'Europe/Moscow': { ru: 'Москва', uk: 'Москва' },
  'Europe/Kyiv': { ru: 'Киев', uk: 'Київ' },
  'Europe/Kiev': { ru: 'Киев', uk: 'Київ' },
  'Europe/Riga': { ru: 'Рига', uk: 'Рига' },
  'Europe/Berlin': { ru: 'Берлин', uk: 'Берлін' },
  'Europe/London': { ru: 'Лондон', uk: 'Лондон' },
  'Europe/Paris': { ru: 'Париж', uk: 'Париж' },
  'Europe/Warsaw': { ru: 'Варшава', uk: 'Варшава' },
};

const genericNames = new Map<string, string>();
/** The zone's city or generic name in the language (`Анкоридж`, `Київ`). */
function genericZoneName(zone: string, ms: number, lang: string): string {
  const key = `${lang}|${zone}`;
  let name = genericNames.get(key);
  if (name === undefined) {
    const part = new Intl.DateTimeFormat(intlLocale(lang), {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    })
      .formatToParts(ms)
      .find((p) => p.type === 'timeZoneName')?.value;
    name =
      CITIES[zone]?.[lang] ??
      (part && !/^(GMT|UTC|за )/.test(part)
        ? part
        : (zone.split('/').pop()?.replace(/_/g, ' ') ?? zone));
    genericNames.set(key, name);
  }
  return name;
}

/** `10:20` in the zone. */
export function formatClock(ms: number, zone: string): string {
  return formatter(zone, CLOCK).format(ms);
}

/** `15 Aug 2025` in the zone, in the reader's language (`15 авг. 2025 г.`). */
export function formatDate(ms: number, zone: string): string {
  return formatter(zone, DATE, intlLocale()).format(ms);
}

/** Calendar day in the zone as `2025-08-15`, for comparing days. */
export function dayKey(ms: number, zone: string): string {
  // The zone's wall clock written as UTC has the zone's calendar day.
  const wall = new Date(toWallClock(ms, zone));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`;
}

/** The zone's wall-clock time at `ms`, written as if it were UTC, so UTC intervals round it. */
export function toWallClock(ms: number, zone: string): number {
  return ms + zoneOffsetMinutes(zone, ms) * MINUTE;
}

/**
 * The moment whose wall-clock time in the zone is `wall`. Two passes settle the offset on either
 * side of a daylight-saving change; a wall time skipped by the change maps next to the gap.
 */
export function fromWallClock(wall: number, zone: string): number {
  const guess = wall - zoneOffsetMinutes(zone, wall) * MINUTE;
  return wall - zoneOffsetMinutes(zone, guess) * MINUTE;
}

const knownZones = new Map<string, boolean>();
/** True when this runtime's Intl knows the IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat(NUMERIC, { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

/**
 * Whole hours in the zone around [lo, hi] (at least one), so an axis starts and ends on an hour
 * line — in half-hour zones too.
 */
export function hourBounds(lo: number, hi: number, zone: string): [number, number] {
  const hour = 3_600_000;
  const offset = zoneOffsetMinutes(zone, lo) * 60_000;
  const start = Math.floor((lo + offset) / hour) * hour - offset;
  const end = Math.max(start + hour, Math.ceil((hi + offset) / hour) * hour - offset);
  return [start, end];
}
