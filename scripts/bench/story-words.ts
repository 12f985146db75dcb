import type { Random } from './random';

/**
 * Invented names and phrases for generated stories. They read like news copy so that layouts
 * are tested with realistic lengths, and they are plainly fictional so nobody mistakes them for
 * real quotes.
 */
const SYLLABLES = [
  'ka',
  'lo',
  'ver',
  'an',
  'mi',
  'sto',
  'ra',
  'bel',
  'dun',
  'ek',
  'sa',
  'tor',
  'vi',
  'nor',
  'el',
  'gra',
  'hal',
  'is',
  'ju',
  'mar',
  'no',
  'pe',
  'ri',
  'sen',
  'ta',
  'ul',
  'wyn',
  'zo',
];
const PLACE_KINDS = ['base', 'city', 'airfield', 'port', 'hotel', 'cemetery', 'embassy'] as const;
const PLACE_SUFFIX: Record<(typeof PLACE_KINDS)[number], string> = {
  base: 'Air Base',
  city: '',
  airfield: 'Airfield',
  port: 'Harbour',
  hotel: 'Hotel',
  cemetery: 'Cemetery',
  embassy: 'Embassy',
};
const ROLES = ['President', 'Foreign minister', 'Envoy', 'Adviser', 'Spokesperson', 'Reporter'];
const SIDES = ['us', 'russia', 'press', 'other'];
const TOPICS = [
  'the ceasefire',
  'trade',
  'the border',
  'energy',
  'the next meeting',
  'prisoner exchanges',
  'sanctions',
  'security guarantees',
  'Arctic shipping',
  'the grain corridor',
];
const EVENT_TITLES = [
  '{person} arrives at {place}',
  'Talks at {place}',
  'Press statements at {place}',
  '{person} meets reporters',
  'Motorcade leaves {place}',
  'Briefing on {topic}',
  'Working lunch at {place}',
  '{person} speaks on {topic}',
  'Statement on {topic}',
  'Flight departs {place}',
];
const OPENERS = [
  'We',
  'I think we',
  'Nobody here',
  'The other side',
  'Our delegation',
  'Both teams',
];
const VERBS = [
  'discussed',
  'agreed on',
  'made progress on',
  'did not settle',
  'will return to',
  'spoke frankly about',
];
const ENDINGS = [
  '.',
  ' today.',
  ' at length.',
  ', and that matters.',
  ' — very productive.',
  ', we will see.',
];
const PUBLISHERS = ['The Daily Ledger', 'Northern Wire', 'Radio Meridian', 'The Harbour Post'];

/** A capitalised invented word of two or three syllables, e.g. "Kelover". */
export function inventName(random: Random): string {
  const word = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A place name and its kind, e.g. ["Stomar Air Base", "base"]. */
export function placeName(random: Random): [string, string] {
  const kind = random.pick(PLACE_KINDS);
  const suffix = PLACE_SUFFIX[kind];
  return [suffix ? `${inventName(random)} ${suffix}` : inventName(random), kind];
}

/** A person's name, role and side. */
export function person(random: Random): { name: string; role: string; side: string } {
  return {
    name: `${inventName(random)} ${inventName(random)}`,
    role: random.pick(ROLES),
    side: random.pick(SIDES),
  };
}

/** A headline-style event title mentioning a person or place when there is one. */
export function eventTitle(random: Random, personName?: string, place?: string): string {
  const template = random.pick(EVENT_TITLES);
  return template
    .replace('{person}', personName ?? 'A delegation')
    .replace('{place}', place ?? 'the venue')
    .replace('{topic}', random.pick(TOPICS));
}

/** One to three invented sentences a speaker might say. */
export function quoteText(random: Random): string {
  return Array.from(
    { length: random.int(1, 3) },
    () =>
      `${random.pick(OPENERS)} ${random.pick(VERBS)} ${random.pick(TOPICS)}${random.pick(ENDINGS)}`,
  ).join(' ');
}

/** A one-sentence summary in the house voice. */
export function summary(random: Random, title: string): string {
  return `${title}; the talks touch on ${random.pick(TOPICS)} and ${random.pick(TOPICS)}.`;
}

/** A source title and publisher. */
export function source(random: Random, n: number): { title: string; publisher: string } {
  return { title: `Report ${n} on ${random.pick(TOPICS)}`, publisher: random.pick(PUBLISHERS) };
}
