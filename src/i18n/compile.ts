/**
 * ICU messages to Lingui's compiled form (arrays of text and placeholders), done ahead of time by
 * scripts/vite-plugin-catalogs.ts so that the ICU parser never ships to the browser; also used by
 * the pseudo-locale in development and tests.
 */

import type { Messages } from '@lingui/core';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

/** Every message of a catalog, compiled; `mapText` rewrites the literal text (the pseudo-locale). */
export function compileCatalog(
  source: Readonly<Record<string, string>>,
  mapText?: (text: string) => string,
): Messages {
  const out: Messages = {};
  for (const [id, message] of Object.entries(source)) {
    try {
      // Always the array form, even for plain text: Lingui's production runtime treats a string
      // as an uncompiled message and calls `console.warn` on every look-up (hundreds on a load,
      // which cost the first screen most of its blocking time).
      out[id] = compileMessageOrThrow(message, mapText);
    } catch (error) {
      throw new Error(`message "${id}" is not valid ICU: ${(error as Error).message}`);
    }
  }
  return out;
}
