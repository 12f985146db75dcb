import { describe, expect, test } from 'vitest';
import { AROUND, type LabelRequest, OVER, overlaps, placeLabels } from '../../src/map/labelLayout';
import { shortNames } from '../../src/map/shortNames';

const frame = { width: 200, height: 100, margin: 2 };
const request = (
  key: string,
  x: number,
  y: number,
  texts: { text: string; w: number }[],
  positions = AROUND,
): LabelRequest<null> => ({ key, x, y, texts, h: 12, clearance: 10, positions, data: null });

describe('placeLabels', () => {
  test('places names in priority order, never overlapping and always inside the frame', () => {
    const placed = placeLabels(
      [
        request('a', 100, 50, [{ text: 'Alpha', w: 60 }]),
        request('b', 104, 50, [{ text: 'Beta', w: 60 }]),
        request('c', 102, 52, [{ text: 'Gamma', w: 60 }]),
      ],
      frame,
      [],
    );
    expect(placed.map((p) => p.key)).toEqual(['a', 'b', 'c']);
    for (const [i, a] of placed.entries()) {
      expect(a.rect.x).toBeGreaterThanOrEqual(2);
      expect(a.rect.x + a.rect.w).toBeLessThanOrEqual(198);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.rect, b.rect)).toBe(false);
    }
  });

  test('writes a shorter form before leaving a name out, and leaves out what fits nowhere', () => {
    const [near] = placeLabels(
      [
        request('edge', 180, 50, [
          { text: 'A long name', w: 150 },
          { text: 'Long', w: 30 },
        ]),
      ],
      frame,
      [],
    );
    expect(near?.text).toBe('A long name');
    const tight = placeLabels([request('x', 100, 50, [{ text: 'Centre', w: 40 }], OVER)], frame, [
      { x: 90, y: 40, w: 20, h: 20 },
    ]);
    expect(tight).toEqual([]);
  });
});

describe('shortNames', () => {
  test('goes from the whole name to its head, its abbreviation and its first words', () => {
    expect(shortNames('Joint Base Elmendorf-Richardson (JBER)')).toEqual([
      'Joint Base Elmendorf-Richardson (JBER)',
      'Joint Base Elmendorf-Richardson',
      'JBER',
      'Joint Base…',
      'Joint…',
    ]);
    expect(shortNames('White House, Washington')).toEqual([
      'White House, Washington',
      'White House',
      'White…',
    ]);
    expect(shortNames('Seymchan')).toEqual(['Seymchan', 'Seym…']);
    expect(shortNames('Kyiv')).toEqual(['Kyiv']);
  });
});
