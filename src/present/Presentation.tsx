import type { Frame } from '../state/url';

/** Presentation mode over the same views (placeholder). */
export function Presentation(_props: { frame: Frame }) {
  return null;
}
