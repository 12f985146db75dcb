import { describe, expect, test } from 'vitest';
import { englishT } from '../../src/i18n/i18n';
import { placeLabel } from '../../src/map/placeLabel';
import { shapeKeys, shapeOf } from '../../src/map/placeShape';

describe('shapeOf', () => {
  test('tells kinds of place apart by shape', () => {
    expect(shapeOf('base')).toBe('square');
    expect(shapeOf('city')).toBe('circle');
    expect(shapeOf('capital')).toBe('capital');
    expect(shapeOf('cemetery')).toBe('cross');
    expect(shapeOf('airfield')).toBe('triangle');
  });

  test('reads free-text kinds by their key word', () => {
    expect(shapeOf('Air base')).toBe('square');
    expect(shapeOf('National cemetery')).toBe('cross');
    expect(shapeOf('ALSIB airfield')).toBe('triangle');
  });

  test('gives any other kind, or none, a diamond', () => {
    expect(shapeOf('hq')).toBe('diamond');
    expect(shapeOf(undefined)).toBe('diamond');
  });
});

describe('shapeKeys', () => {
  test('lists each shape in use once, with the kinds it stands for', () => {
    expect(shapeKeys(['city', 'base', 'capital', 'town', undefined, 'city'])).toEqual([
      { shape: 'square', kinds: ['base'] },
      { shape: 'circle', kinds: ['city', 'town'] },
      { shape: 'capital', kinds: ['capital'] },
      { shape: 'diamond', kinds: ['other place'] },
    ]);
  });
});

describe('placeLabel', () => {
  // As the model gives it: `kind` picks the shape, `kindText` is what the reader is shown.
  const kremlin = {
    id: 'moscow',
    name: 'Moscow Kremlin',
    lat: 55.75,
    lon: 37.62,
    kind: 'capital',
    kindText: 'capital',
  };

  test('starts with the name, then the kind and what is linked', () => {
    expect(placeLabel(kremlin, 1, 2, englishT)).toBe('Moscow Kremlin, capital — 1 event, 2 quotes');
  });

  test('leaves out what is not there', () => {
    expect(placeLabel(kremlin, 0, 1, englishT)).toBe('Moscow Kremlin, capital — 1 quote');
    expect(placeLabel({ ...kremlin, kind: undefined, kindText: undefined }, 0, 0, englishT)).toBe(
      'Moscow Kremlin',
    );
  });

  test('names the kind in the words the story gives the reader, not by its key', () => {
    expect(placeLabel({ ...kremlin, kindText: 'столица' }, 0, 0, englishT)).toBe(
      'Moscow Kremlin, столица',
    );
  });
});
