import type { Frame } from '../state/url';

/** The presenter's second window: current and next stop, notes, a clock (placeholder). */
export function PresenterView(_props: { frame: Frame }) {
  return null;
}
