import type { Frame } from '../state/url';

/** Embed mode's side of the page: the postMessage protocol and auto-height (placeholder). */
export function useEmbed(_frame: Frame): void {}
