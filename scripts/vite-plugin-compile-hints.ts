/**
 * Puts V8's explicit compile hint, `//# allFunctionsCalledOnLoad`, at the top of every JavaScript
 * chunk. Chrome (136 and later) then compiles the chunk's functions on the background thread that
 * streams the script, instead of one by one on the main thread the first time each is called:
 * React DOM and Leaflet are each wrapped in one large function, which would otherwise be parsed
 * and compiled on the main thread in the middle of start-up. Other engines ignore the comment.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The Vite plugin (production builds). */
export function compileHints(): Plugin {
  return {
    name: 'dayline:compile-hints',
    apply: 'build',
    enforce: 'post',
    outputOptions(options) {
      // `postBanner` is added after minification, which would strip a comment added earlier.
      return { ...options, postBanner: COMPILE_HINT };
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        // Vite puts its preload map above the banner; the hint must be the first line.
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || file.code.startsWith(COMPILE_HINT)) continue;
          const line = `\n${COMPILE_HINT}\n`;
          if (file.code.includes(line)) {
            file.code = `${COMPILE_HINT}\n${file.code.replace(line, '\n')}`;
          }
        }
      },
    },
  };
}
