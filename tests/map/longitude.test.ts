import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  chooseCut,
  DEFAULT_CUT,
  normalizeLongitude,
  shiftLongitude,
} from '../../src/map/longitude';

/** Longitudes to a thousandth of a degree (about 100 m), as datasets give them. */
const degrees = (min: number, max: number) =>
  fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000);

const ANCHORAGE = -149.9;
const MOSCOW = 37.6;
const BRUSSELS = 4.4;
const WASHINGTON = -77.0;
const MAGADAN = 150.8;

describe('shiftLongitude', () => {
  test('Anchorage and Moscow end up on one continuous side of the map', () => {
    const cut = chooseCut([ANCHORAGE, MOSCOW]);
    const anchorage = shiftLongitude(ANCHORAGE, cut);
    const moscow = shiftLongitude(MOSCOW, cut);
    expect(anchorage).toBeCloseTo(210.1, 9);
    expect(moscow).toBeCloseTo(37.6, 9);
    // The line between them on the map is the short way, over Siberia and the Bering Strait.
    expect(Math.abs(anchorage - moscow)).toBeLessThan(180);
  });

  test('moves only longitudes west of the cut, by exactly 360°', () => {
    expect(shiftLongitude(-100, -30)).toBeCloseTo(260, 9);
    expect(shiftLongitude(-20, -30)).toBeCloseTo(-20, 9);
    expect(shiftLongitude(179, -30)).toBeCloseTo(179, 9);
  });

  test('a longitude a hair west of the cut lands on the cut, not on cut + 360 (rounding)', () => {
    // fast-check's counterexample: 0 + 360 rounds to 5e-324 + 360, outside the frame.
    expect(shiftLongitude(0, 5e-324)).toBe(5e-324);
    const shifted = shiftLongitude(-1e-14, 0);
    expect(shifted).toBeGreaterThanOrEqual(0);
    expect(shifted).toBeLessThan(360);
  });

  test('always lands in the frame [cut, cut + 360) and keeps the meridian', () => {
    fc.assert(
      fc.property(degrees(-540, 540), degrees(-180, 179.999), (lon, cut) => {
        const shifted = shiftLongitude(lon, cut);
        expect(shifted).toBeGreaterThanOrEqual(cut);
        expect(shifted).toBeLessThan(cut + 360);
        expect(normalizeLongitude(shifted - lon)).toBeCloseTo(normalizeLongitude(0), 6);
      }),
    );
  });
});

describe('chooseCut', () => {
  test('cuts the widest empty stretch between the places: the Atlantic for the summit story', () => {
    const lons = [ANCHORAGE, MOSCOW, MAGADAN, WASHINGTON, BRUSSELS, -179.28, 30.5, 92.9, 129.7];
    const cut = chooseCut(lons);
    expect(cut).toBeGreaterThan(WASHINGTON);
    expect(cut).toBeLessThan(BRUSSELS);
    const shifted = lons.map((lon) => shiftLongitude(lon, cut)).sort((a, b) => a - b);
    // Brussels → Moscow → Magadan → the Bering Strait → Alaska → Washington, in one piece.
    expect(shifted[0]).toBeCloseTo(BRUSSELS, 9);
    expect(shifted.at(-1)).toBeCloseTo(WASHINGTON + 360, 9);
  });

  test('keeps a story that stays west of 180° as it is', () => {
    const cut = chooseCut([2.35, 13.4, 37.6]);
    expect([2.35, 13.4, 37.6].map((lon) => shiftLongitude(lon, cut))).toEqual([2.35, 13.4, 37.6]);
  });

  test('puts a single place in the middle of the frame', () => {
    const cut = chooseCut([ANCHORAGE]);
    expect(shiftLongitude(ANCHORAGE, cut) - cut).toBeCloseTo(180, 9);
  });

  test('falls back to the Atlantic without places, and ignores longitudes that are not numbers', () => {
    expect(chooseCut([])).toBe(DEFAULT_CUT);
    expect(chooseCut([Number.NaN])).toBe(DEFAULT_CUT);
  });

  test('treats 180 and -180 as the same meridian', () => {
    expect(chooseCut([180, 10])).toBeCloseTo(chooseCut([-180, 10]), 9);
  });
});
