/** Where animation frames are paused (a background tab, an off-screen frame), wait no longer. */
const FALLBACK_MS = 150;

/**
 * Runs `run` once the next frame has been painted (a task queued from an animation frame runs
 * after that frame's paint), or after 150 ms where frames are paused. Returns a function that
 * cancels it. Work that can follow what the reader has just done by a frame (a scroll, a view that
 * the first paint does not need) waits here, so that the frame answering them is not delayed.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer = 0;
  let done = false;
  const fire = () => {
    if (done) return;
    cancel();
    run();
  };
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fire, 0);
  });
  const fallback = window.setTimeout(fire, FALLBACK_MS);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  }
  return cancel;
}
