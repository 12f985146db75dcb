import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/timeline/ClusterBadge';

describe('groupDigits', () => {
  it('groups digits in threes as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, 10000]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-GB'));
    }
  });
});
