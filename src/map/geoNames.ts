/**
 * Names for the basemap that Natural Earth's country file does not carry: the seas and oceans the
 * story touches, and towns around its places for a sense of where things are. Names and
 * coordinates are facts: towns at the coordinates their Wikipedia articles give (rounded to
 * 0.01°); seas at a point well inside the water body as drawn by Natural Earth's 1:10m coastline.
 * `minZoom` (and for oceans `maxZoom`) keep each name to the scales where it helps. The names
 * are in the catalogs (`geo.sea.*`, `geo.town.*`), in every interface language; countries are
 * named by `Intl.DisplayNames` from their ISO code (see `countryName`).
 */
import type { MessageId, Translate } from '../i18n/i18n';

/** A name written over water. */
export interface SeaName {
  readonly id: MessageId;
  readonly lat: number;
  readonly lon: number;
  readonly minZoom: number;
  readonly maxZoom?: number;
}

/** A town drawn as a dot and a name, for orientation only (not a place of the story). */
export interface TownName {
  readonly id: MessageId;
  readonly lat: number;
  readonly lon: number;
  readonly minZoom: number;
}

/** Oceans first, then seas, then bays and inlets: the larger the water, the earlier it is placed. */
export const SEA_NAMES: readonly SeaName[] = [
  { id: 'geo.sea.pacific', lat: 38, lon: -165, minZoom: 1, maxZoom: 5 },
  { id: 'geo.sea.arctic', lat: 78, lon: -160, minZoom: 1, maxZoom: 4.5 },
  { id: 'geo.sea.atlantic', lat: 36, lon: -42, minZoom: 1, maxZoom: 5 },
  { id: 'geo.sea.bering', lat: 57.5, lon: -177, minZoom: 2.5, maxZoom: 7 },
  { id: 'geo.sea.okhotsk', lat: 54.5, lon: 149.5, minZoom: 2.5, maxZoom: 7 },
  { id: 'geo.sea.gulfOfAlaska', lat: 57, lon: -145, minZoom: 3, maxZoom: 7 },
  { id: 'geo.sea.chukchi', lat: 69.8, lon: -171, minZoom: 3.5, maxZoom: 7 },
  { id: 'geo.sea.baltic', lat: 56.2, lon: 19, minZoom: 3.5, maxZoom: 8 },
  { id: 'geo.sea.north', lat: 56, lon: 3, minZoom: 3.5, maxZoom: 8 },
  { id: 'geo.sea.black', lat: 43.2, lon: 34.5, minZoom: 3.5, maxZoom: 8 },
  { id: 'geo.sea.japan', lat: 40.5, lon: 135, minZoom: 3.5, maxZoom: 8 },
  { id: 'geo.sea.bristolBay', lat: 57.9, lon: -159.3, minZoom: 5, maxZoom: 9 },
  { id: 'geo.sea.nortonSound', lat: 63.9, lon: -163, minZoom: 5, maxZoom: 9 },
  { id: 'geo.sea.gulfOfAnadyr', lat: 64.3, lon: -177.5, minZoom: 5, maxZoom: 9 },
  { id: 'geo.sea.chesapeakeBay', lat: 38.3, lon: -76.2, minZoom: 6.5 },
  { id: 'geo.sea.cookInlet', lat: 60.2, lon: -152.2, minZoom: 5.5 },
  { id: 'geo.sea.knikArm', lat: 61.38, lon: -149.85, minZoom: 8 },
  { id: 'geo.sea.turnagainArm', lat: 60.97, lon: -149.7, minZoom: 8 },
];

/** Towns, the more important first (placed before smaller ones). */
export const TOWN_NAMES: readonly TownName[] = [
  // Europe
  { id: 'geo.town.london', lat: 51.51, lon: -0.13, minZoom: 4 },
  { id: 'geo.town.paris', lat: 48.86, lon: 2.35, minZoom: 4 },
  { id: 'geo.town.berlin', lat: 52.52, lon: 13.4, minZoom: 4 },
  { id: 'geo.town.warsaw', lat: 52.23, lon: 21.01, minZoom: 4 },
  { id: 'geo.town.saintPetersburg', lat: 59.94, lon: 30.31, minZoom: 4 },
  { id: 'geo.town.minsk', lat: 53.9, lon: 27.56, minZoom: 4.5 },
  { id: 'geo.town.amsterdam', lat: 52.37, lon: 4.9, minZoom: 5 },
  { id: 'geo.town.riga', lat: 56.95, lon: 24.11, minZoom: 5 },
  { id: 'geo.town.vilnius', lat: 54.69, lon: 25.28, minZoom: 5 },
  { id: 'geo.town.helsinki', lat: 60.17, lon: 24.94, minZoom: 5 },
  { id: 'geo.town.kharkiv', lat: 49.99, lon: 36.23, minZoom: 5 },
  { id: 'geo.town.odesa', lat: 46.48, lon: 30.72, minZoom: 5 },
  { id: 'geo.town.nizhnyNovgorod', lat: 56.33, lon: 44.01, minZoom: 5 },
  { id: 'geo.town.smolensk', lat: 54.78, lon: 32.05, minZoom: 5.5 },
  { id: 'geo.town.tver', lat: 56.86, lon: 35.92, minZoom: 5 },
  { id: 'geo.town.tula', lat: 54.19, lon: 37.62, minZoom: 5 },
  { id: 'geo.town.ryazan', lat: 54.63, lon: 39.69, minZoom: 5 },
  { id: 'geo.town.vladimir', lat: 56.13, lon: 40.41, minZoom: 5 },
  { id: 'geo.town.yaroslavl', lat: 57.63, lon: 39.88, minZoom: 5 },
  { id: 'geo.town.kaluga', lat: 54.53, lon: 36.28, minZoom: 6 },
  // Asia
  { id: 'geo.town.novosibirsk', lat: 55.01, lon: 82.94, minZoom: 4.5 },
  { id: 'geo.town.irkutsk', lat: 52.29, lon: 104.3, minZoom: 5 },
  { id: 'geo.town.vladivostok', lat: 43.12, lon: 131.89, minZoom: 4.5 },
  { id: 'geo.town.khabarovsk', lat: 48.48, lon: 135.07, minZoom: 5 },
  { id: 'geo.town.petropavlovsk', lat: 53.05, lon: 158.65, minZoom: 4.5 },
  { id: 'geo.town.anadyr', lat: 64.73, lon: 177.51, minZoom: 5 },
  // North America
  { id: 'geo.town.newYork', lat: 40.71, lon: -74.01, minZoom: 4.5 },
  { id: 'geo.town.seattle', lat: 47.61, lon: -122.33, minZoom: 4.5 },
  { id: 'geo.town.vancouver', lat: 49.28, lon: -123.12, minZoom: 4.5 },
  { id: 'geo.town.juneau', lat: 58.3, lon: -134.42, minZoom: 5 },
  { id: 'geo.town.whitehorse', lat: 60.72, lon: -135.06, minZoom: 5 },
  { id: 'geo.town.calgary', lat: 51.04, lon: -114.07, minZoom: 5.5 },
  { id: 'geo.town.philadelphia', lat: 39.95, lon: -75.17, minZoom: 5.5 },
  { id: 'geo.town.baltimore', lat: 39.29, lon: -76.61, minZoom: 6 },
  { id: 'geo.town.richmond', lat: 37.54, lon: -77.44, minZoom: 6 },
  { id: 'geo.town.helena', lat: 46.59, lon: -112.04, minZoom: 6 },
  { id: 'geo.town.billings', lat: 45.78, lon: -108.5, minZoom: 6 },
  { id: 'geo.town.kodiak', lat: 57.79, lon: -152.41, minZoom: 6 },
  { id: 'geo.town.bethel', lat: 60.79, lon: -161.76, minZoom: 6 },
  { id: 'geo.town.valdez', lat: 61.13, lon: -146.35, minZoom: 6.5 },
  { id: 'geo.town.kenai', lat: 60.55, lon: -151.26, minZoom: 6.5 },
  { id: 'geo.town.homer', lat: 59.64, lon: -151.55, minZoom: 6.5 },
  { id: 'geo.town.seward', lat: 60.1, lon: -149.44, minZoom: 6.5 },
  { id: 'geo.town.wasilla', lat: 61.58, lon: -149.44, minZoom: 7 },
  { id: 'geo.town.talkeetna', lat: 62.32, lon: -150.11, minZoom: 7 },
  { id: 'geo.town.palmer', lat: 61.6, lon: -149.11, minZoom: 7.5 },
  { id: 'geo.town.eagleRiver', lat: 61.32, lon: -149.57, minZoom: 8 },
  { id: 'geo.town.girdwood', lat: 60.94, lon: -149.17, minZoom: 8 },
];

/** From what zoom a country's name is written, by the size of the land it names (km²). */
export function countryMinZoom(km2: number): number {
  if (km2 > 3_000_000) return 0;
  if (km2 > 800_000) return 2;
  if (km2 > 200_000) return 3;
  if (km2 > 40_000) return 4;
  return 5;
}

/** Where a country's name is written (`virtual:dayline-basemap`). */
export interface CountryNamed {
  /** Natural Earth's name, in English. */
  readonly name: string;
  /** ISO 3166-1 alpha-2, when the country has its own code. */
  readonly code?: string;
}

/** Natural Earth's lands without an ISO code of their own, named in the catalogs. */
export const UNCODED_COUNTRIES: Readonly<Record<string, MessageId>> = {
  Somaliland: 'geo.country.somaliland',
  'N. Cyprus': 'geo.country.northCyprus',
  'Indian Ocean Ter.': 'geo.country.indianOceanTer',
  'Siachen Glacier': 'geo.country.siachen',
  'Ashmore and Cartier Is.': 'geo.country.ashmore',
};

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in `lang`: Natural Earth's own (short, made for maps) in English, else the
 * `Intl` name of its ISO code (the short form: `США`), else the catalog's.
 */
export function countryName(country: CountryNamed, lang: string, t: Translate): string {
  const uncoded = UNCODED_COUNTRIES[country.name];
  if (uncoded) return t(uncoded);
  if (lang === 'en' || !country.code) return country.name;
  let names = regionNames.get(lang);
  if (!names) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', style: 'short', fallback: 'none' });
    } catch {
      return country.name;
    }
    regionNames.set(lang, names);
  }
  return names.of(country.code) ?? country.name;
}
