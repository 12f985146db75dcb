/**
 * Writes a Content-Security-Policy `<meta>` into the built index.html: the app's own scripts
 * (and the one inline boot script, by its hash), workers from its own origin, images from its
 * own origin and `data:`, and `connect-src` for its own origin plus the origins `data=` may load
 * stories from (any http(s) origin when the deployment does not restrict them). Nothing else.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Options of the CSP plugin. */
export interface CspOptions {
  /** The origins `data=` may load from; `null` for any (DAYLINE_DATA_ORIGINS unset). */
  readonly dataOrigins: readonly string[] | null;
}

/** What a page built as one self-contained file (scripts/vite-plugin-single-file.ts) adds. */
export interface InlinePage {
  /** Its inline `<style>` elements' text. */
  readonly inlineStyles?: readonly string[];
  /** Other sources it reads with `fetch`, e.g. `data:` for the basemap written into the page. */
  readonly connect?: readonly string[];
}

/** The CSP hash source of an inline script's or style's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The policy for a page whose inline scripts are `inlineScripts`. */
export function buildPolicy(
  inlineScripts: readonly string[],
  dataOrigins: readonly string[] | null,
  { inlineStyles = [], connect: extra = [] }: InlinePage = {},
): string {
  const connect = dataOrigins === null ? ['https:', 'http:'] : [...dataOrigins];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScripts.map(hashSource)].join(' '),
    ["style-src 'self'", ...inlineStyles.map(hashSource)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...extra, ...connect].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy to the production build's index.html (the dev server keeps Vite's HMR). */
export function contentSecurityPolicy({ dataOrigins }: CspOptions): Plugin {
  return {
    name: 'dayline:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => m[1] ?? '',
        );
        const policy = buildPolicy(inline, dataOrigins);
        return html.replace(
          /<head>/,
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
