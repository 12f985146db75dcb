import { whenIdle } from './whenIdle';

/** How long after the page has shown itself to wait at most for an idle moment. */
const IDLE_TIMEOUT_MS = 5000;

let settle: () => void = () => {};
let marked = false;

/**
 * Resolves once the page has shown what it opened with (the explorer's views, or the problems
 * with its story) and then had a moment with nothing to do. Work that only matters for later
 * visits (the service worker's download of the whole app for offline use) waits for it, so
 * that it never competes with the first render for the network or the processor.
 */
export const firstRenderSettled: Promise<void> = new Promise((resolve) => {
  settle = resolve;
});

/** Called by whatever completes the first screen; the first call counts, the others do nothing. */
export function markFirstRenderShown(): void {
  if (marked) return;
  marked = true;
  whenIdle(() => settle(), { timeoutMs: IDLE_TIMEOUT_MS, fallbackMs: 0 });
}
