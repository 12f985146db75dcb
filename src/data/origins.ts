/**
 * Which other origins `data=` may load a story from: a build-time setting
 * (`DAYLINE_DATA_ORIGINS`, read in vite.config.ts). `null`: any origin (the default); a list:
 * only the page's own origin and these.
 */
declare const __DAYLINE_DATA_ORIGINS__: readonly string[] | null | undefined;

/** The setting this build was made with. */
export const ALLOWED_DATA_ORIGINS: readonly string[] | null =
  typeof __DAYLINE_DATA_ORIGINS__ === 'undefined' ? null : __DAYLINE_DATA_ORIGINS__;

/**
 * Reads the setting: unset, empty or `*` allows any origin; `self` allows only the site's own;
 * otherwise a comma- or space-separated list of origins (`https://stories.example`). Throws on
 * something that is not an origin, so a typo fails the build instead of opening the door.
 */
export function parseDataOrigins(value: string | undefined): string[] | null {
  const text = value?.trim() ?? '';
  if (text === '' || text === '*') return null;
  const origins: string[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    if (entry === 'self') continue;
    const url = new URL(entry);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`DAYLINE_DATA_ORIGINS: ${entry} is not an http(s) origin`);
    }
    origins.push(url.origin);
  }
  return origins;
}

/** The host a story comes from when it is not this page's origin, else `null`. */
export function foreignHost(href: string, pageOrigin: string): string | null {
  const url = new URL(href);
  return url.origin === pageOrigin ? null : url.host;
}
