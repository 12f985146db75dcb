/** Written by scripts/vite-plugin-basemap.ts from Natural Earth at build time. */
declare module 'virtual:dayline-basemap' {
  /** A box of 1:10m detail around some of the story's places, and the file that holds it. */
  export interface DetailRegionFile {
    /** West, south, east, north (west may be below -180 near the date line). */
    readonly box: readonly [number, number, number, number];
    readonly url: string;
  }
  /** Where a country's name is written; `km2` is the size of the land it names. */
  export interface CountryLabelPoint {
    readonly name: string;
    /** ISO 3166-1 alpha-2, for the name in other languages; absent for a land without one. */
    readonly code?: string;
    readonly lat: number;
    readonly lon: number;
    readonly km2: number;
  }
  export const detailRegions: readonly DetailRegionFile[];
  export const countryLabels: readonly CountryLabelPoint[];
}
