/**
 * Names for the basemap that Natural Earth's country file does not carry: the seas and oceans the
 * story touches, and towns around its places for a sense of where things are. Names and
 * coordinates are facts: towns at the coordinates their Wikipedia articles give (rounded to
 * 0.01°); seas at a point well inside the water body as drawn by Natural Earth's 1:10m coastline.
 * `minZoom` (and for oceans `maxZoom`) keep each name to the scales where it helps.
 */

/** A name written over water. */
export interface SeaName {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly minZoom: number;
  readonly maxZoom?: number;
}

/** A town drawn as a dot and a name, for orientation only (not a place of the story). */
export interface TownName {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly minZoom: number;
}

/** Oceans first, then seas, then bays and inlets: the larger the water, the earlier it is placed. */
export const SEA_NAMES: readonly SeaName[] = [
  { name: 'Pacific Ocean', lat: 38, lon: -165, minZoom: 1, maxZoom: 5 },
  { name: 'Arctic Ocean', lat: 78, lon: -160, minZoom: 1, maxZoom: 4.5 },
  { name: 'Atlantic Ocean', lat: 36, lon: -42, minZoom: 1, maxZoom: 5 },
  { name: 'Bering Sea', lat: 57.5, lon: -177, minZoom: 2.5, maxZoom: 7 },
  { name: 'Sea of Okhotsk', lat: 54.5, lon: 149.5, minZoom: 2.5, maxZoom: 7 },
  { name: 'Gulf of Alaska', lat: 57, lon: -145, minZoom: 3, maxZoom: 7 },
  { name: 'Chukchi Sea', lat: 69.8, lon: -171, minZoom: 3.5, maxZoom: 7 },
  { name: 'Baltic Sea', lat: 56.2, lon: 19, minZoom: 3.5, maxZoom: 8 },
  { name: 'North Sea', lat: 56, lon: 3, minZoom: 3.5, maxZoom: 8 },
  { name: 'Black Sea', lat: 43.2, lon: 34.5, minZoom: 3.5, maxZoom: 8 },
  { name: 'Sea of Japan', lat: 40.5, lon: 135, minZoom: 3.5, maxZoom: 8 },
  { name: 'Bristol Bay', lat: 57.9, lon: -159.3, minZoom: 5, maxZoom: 9 },
  { name: 'Norton Sound', lat: 63.9, lon: -163, minZoom: 5, maxZoom: 9 },
  { name: 'Gulf of Anadyr', lat: 64.3, lon: -177.5, minZoom: 5, maxZoom: 9 },
  { name: 'Chesapeake Bay', lat: 38.3, lon: -76.2, minZoom: 6.5 },
  { name: 'Cook Inlet', lat: 60.2, lon: -152.2, minZoom: 5.5 },
  { name: 'Knik Arm', lat: 61.38, lon: -149.85, minZoom: 8 },
  { name: 'Turnagain Arm', lat: 60.97, lon: -149.7, minZoom: 8 },
];

/** Towns, the more important first (placed before smaller ones). */
export const TOWN_NAMES: readonly TownName[] = [
  // Europe
  { name: 'London', lat: 51.51, lon: -0.13, minZoom: 4 },
  { name: 'Paris', lat: 48.86, lon: 2.35, minZoom: 4 },
  { name: 'Berlin', lat: 52.52, lon: 13.4, minZoom: 4 },
  { name: 'Warsaw', lat: 52.23, lon: 21.01, minZoom: 4 },
  { name: 'Saint Petersburg', lat: 59.94, lon: 30.31, minZoom: 4 },
  { name: 'Minsk', lat: 53.9, lon: 27.56, minZoom: 4.5 },
  { name: 'Amsterdam', lat: 52.37, lon: 4.9, minZoom: 5 },
  { name: 'Riga', lat: 56.95, lon: 24.11, minZoom: 5 },
  { name: 'Vilnius', lat: 54.69, lon: 25.28, minZoom: 5 },
  { name: 'Helsinki', lat: 60.17, lon: 24.94, minZoom: 5 },
  { name: 'Kharkiv', lat: 49.99, lon: 36.23, minZoom: 5 },
  { name: 'Odesa', lat: 46.48, lon: 30.72, minZoom: 5 },
  { name: 'Nizhny Novgorod', lat: 56.33, lon: 44.01, minZoom: 5 },
  { name: 'Smolensk', lat: 54.78, lon: 32.05, minZoom: 5.5 },
  { name: 'Tver', lat: 56.86, lon: 35.92, minZoom: 5.5 },
  { name: 'Tula', lat: 54.19, lon: 37.62, minZoom: 5.5 },
  { name: 'Ryazan', lat: 54.63, lon: 39.69, minZoom: 5.5 },
  { name: 'Vladimir', lat: 56.13, lon: 40.41, minZoom: 5.5 },
  { name: 'Yaroslavl', lat: 57.63, lon: 39.88, minZoom: 5.5 },
  { name: 'Kaluga', lat: 54.53, lon: 36.28, minZoom: 6 },
  // Asia
  { name: 'Novosibirsk', lat: 55.01, lon: 82.94, minZoom: 4.5 },
  { name: 'Irkutsk', lat: 52.29, lon: 104.3, minZoom: 5 },
  { name: 'Vladivostok', lat: 43.12, lon: 131.89, minZoom: 4.5 },
  { name: 'Khabarovsk', lat: 48.48, lon: 135.07, minZoom: 5 },
  { name: 'Petropavlovsk-Kamchatsky', lat: 53.05, lon: 158.65, minZoom: 4.5 },
  { name: 'Anadyr', lat: 64.73, lon: 177.51, minZoom: 5 },
  // North America
  { name: 'New York', lat: 40.71, lon: -74.01, minZoom: 4.5 },
  { name: 'Seattle', lat: 47.61, lon: -122.33, minZoom: 4.5 },
  { name: 'Vancouver', lat: 49.28, lon: -123.12, minZoom: 4.5 },
  { name: 'Juneau', lat: 58.3, lon: -134.42, minZoom: 5 },
  { name: 'Whitehorse', lat: 60.72, lon: -135.06, minZoom: 5 },
  { name: 'Calgary', lat: 51.04, lon: -114.07, minZoom: 5.5 },
  { name: 'Philadelphia', lat: 39.95, lon: -75.17, minZoom: 5.5 },
  { name: 'Baltimore', lat: 39.29, lon: -76.61, minZoom: 6 },
  { name: 'Richmond', lat: 37.54, lon: -77.44, minZoom: 6 },
  { name: 'Helena', lat: 46.59, lon: -112.04, minZoom: 6 },
  { name: 'Billings', lat: 45.78, lon: -108.5, minZoom: 6 },
  { name: 'Kodiak', lat: 57.79, lon: -152.41, minZoom: 6 },
  { name: 'Bethel', lat: 60.79, lon: -161.76, minZoom: 6 },
  { name: 'Valdez', lat: 61.13, lon: -146.35, minZoom: 6.5 },
  { name: 'Kenai', lat: 60.55, lon: -151.26, minZoom: 6.5 },
  { name: 'Homer', lat: 59.64, lon: -151.55, minZoom: 6.5 },
  { name: 'Seward', lat: 60.1, lon: -149.44, minZoom: 6.5 },
  { name: 'Wasilla', lat: 61.58, lon: -149.44, minZoom: 7 },
  { name: 'Talkeetna', lat: 62.32, lon: -150.11, minZoom: 7 },
  { name: 'Palmer', lat: 61.6, lon: -149.11, minZoom: 7.5 },
  { name: 'Eagle River', lat: 61.32, lon: -149.57, minZoom: 8 },
  { name: 'Girdwood', lat: 60.94, lon: -149.17, minZoom: 8 },
];

/** From what zoom a country's name is written, by the size of the land it names (km²). */
export function countryMinZoom(km2: number): number {
  if (km2 > 3_000_000) return 0;
  if (km2 > 800_000) return 2;
  if (km2 > 200_000) return 3;
  if (km2 > 40_000) return 4;
  return 5;
}
