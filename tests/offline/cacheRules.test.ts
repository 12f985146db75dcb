import { describe, expect, it } from 'vitest';
import { CACHE_MATCH, cacheNames, staleCaches, strategyFor } from '../../src/offline/cacheRules';

const ORIGIN = 'http://127.0.0.1:4173';
const PRECACHED = new Set([`${ORIGIN}/assets/index-abc.js`, `${ORIGIN}/assets/land-110m-x.json`]);
const request = (url: string, mode = 'cors', method = 'GET') => ({ url, mode, method });

describe('strategyFor', () => {
  it('answers page loads network-first (with the cached page as the fallback)', () => {
    expect(strategyFor(request(`${ORIGIN}/?present=1&step=3`, 'navigate'), ORIGIN, PRECACHED)).toBe(
      'page',
    );
  });

  it("answers the build's own files from the precache", () => {
    expect(strategyFor(request(`${ORIGIN}/assets/index-abc.js`), ORIGIN, PRECACHED)).toBe(
      'precached',
    );
    expect(strategyFor(request(`${ORIGIN}/assets/land-110m-x.json#x`), ORIGIN, PRECACHED)).toBe(
      'precached',
    );
  });

  it('fetches other files of the origin (a story from data=) and keeps a copy', () => {
    expect(strategyFor(request(`${ORIGIN}/stories/other.json`), ORIGIN, PRECACHED)).toBe('runtime');
  });

  it('never touches another origin or a request that is not a GET', () => {
    expect(strategyFor(request('https://tile.example.org/1/2/3.png'), ORIGIN, PRECACHED)).toBe(
      'none',
    );
    expect(strategyFor(request('https://example.org/', 'navigate'), ORIGIN, PRECACHED)).toBe(
      'none',
    );
    expect(
      strategyFor(request(`${ORIGIN}/assets/index-abc.js`, 'cors', 'POST'), ORIGIN, PRECACHED),
    ).toBe('none');
  });
});

describe('staleCaches', () => {
  it("deletes every other build's Dayline caches and nobody else's", () => {
    const current = cacheNames('new');
    const old = cacheNames('old');
    expect(
      staleCaches(
        [old.precache, old.runtime, current.precache, current.runtime, 'someone-elses-cache'],
        'new',
      ),
    ).toEqual([old.precache, old.runtime]);
  });

  it('names caches by build, so two builds never share one', () => {
    expect(cacheNames('a').precache).not.toBe(cacheNames('b').precache);
    expect(cacheNames('a').precache).toMatch(/^dayline-/);
  });
});

describe('cache look-ups', () => {
  it('ignore Vary, so a host sending Vary: Origin still matches CORS-mode script requests', () => {
    expect(CACHE_MATCH.ignoreVary).toBe(true);
  });
});
