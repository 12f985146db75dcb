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

/** The policy for a page whose inline scripts are `inlineScripts`. */
export function buildPolicy(
  inlineScripts: readonly string[],
  dataOrigins: readonly string[] | null,
): string {
  const hashes = inlineScripts.map(
    (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  );
  const connect = dataOrigins === null ? ['https:', 'http:'] : [...dataOrigins];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(' '),
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
