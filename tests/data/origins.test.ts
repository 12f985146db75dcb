import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../scripts/vite-plugin-csp';
import { foreignHost, parseDataOrigins } from '../../src/data/origins';
import { checkDataAddress } from '../../src/state/url';

const BASE = 'https://dayline.example/app/';

describe('DAYLINE_DATA_ORIGINS', () => {
  it('unset, empty or * allows any origin; self only the site; a list those origins', () => {
    expect(parseDataOrigins(undefined)).toBeNull();
    expect(parseDataOrigins(' ')).toBeNull();
    expect(parseDataOrigins('*')).toBeNull();
    expect(parseDataOrigins('self')).toEqual([]);
    expect(parseDataOrigins('https://a.example/x, http://b.example:8080')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(() => parseDataOrigins('ftp://a.example')).toThrow(/not an http\(s\) origin/);
    expect(() => parseDataOrigins('not an origin')).toThrow();
  });

  it('data= from an origin outside the list is refused with a message; the site and listed origins load', () => {
    const allowed = ['https://stories.example'];
    expect(checkDataAddress('https://elsewhere.example/s.json', BASE, allowed)).toMatchObject({
      error:
        'this site does not load stories from https://elsewhere.example; it loads them only from its own address, https://stories.example',
    });
    expect(checkDataAddress('https://stories.example/s.json', BASE, allowed)).toEqual({
      href: 'https://stories.example/s.json',
    });
    expect(checkDataAddress('stories/mine.json', BASE, [])).toEqual({
      href: 'https://dayline.example/app/stories/mine.json',
    });
    expect(checkDataAddress('https://elsewhere.example/s.json', BASE, null)).toEqual({
      href: 'https://elsewhere.example/s.json',
    });
  });

  it('names the host of a story from elsewhere, and nothing for the site’s own', () => {
    expect(foreignHost('https://elsewhere.example/s.json', 'https://dayline.example')).toBe(
      'elsewhere.example',
    );
    expect(foreignHost('https://dayline.example/s.json', 'https://dayline.example')).toBeNull();
  });
});

describe('the Content-Security-Policy', () => {
  it('allows the site, the inline boot script by hash, and story origins only as configured', () => {
    const open = buildPolicy(['document.documentElement.classList.add("x")'], null);
    expect(open).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(open).toContain("connect-src 'self' https: http:");
    expect(open).toContain("object-src 'none'");
    expect(open).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(buildPolicy([], ['https://stories.example'])).toContain(
      "connect-src 'self' https://stories.example;",
    );
    expect(buildPolicy([], [])).toContain("connect-src 'self';");
  });
});
