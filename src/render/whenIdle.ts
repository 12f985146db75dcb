/**
 * Runs `run` in the browser's next idle moment, and no later than `timeoutMs` if given; where
 * there are no idle callbacks, after `fallbackMs`. Returns the function that cancels it.
 */
export function whenIdle(
  run: () => void,
  { timeoutMs, fallbackMs }: { timeoutMs?: number; fallbackMs: number },
): () => void {
  if (window.requestIdleCallback) {
    const id = window.requestIdleCallback(
      run,
      timeoutMs === undefined ? {} : { timeout: timeoutMs },
    );
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, fallbackMs);
  return () => window.clearTimeout(id);
}
