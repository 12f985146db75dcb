import { scrollTopFor } from './revealQuote';

/** What the reader does that takes the list back from us. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Keeps `row` at the top of `scroller` after the list was scrolled to it, until the reader takes
 * over (wheel, touch, pointer, key) or the returned function is called.
 *
 * Rows out of view skip their layout, so the browser sizes them from a guess or from the height
 * it last drew them at. When one above the row is drawn, at the end of a glide or a moment after
 * (a late idle draw, a width that changed while it was skipped), the rows below it move; scroll
 * anchoring does not always hold them. So: once the glide has ended (`gliding`) or at once (an
 * instant scroll), and again whenever the list's height changes, the row is put back on top.
 */
export function keepRowAtTop(
  scroller: HTMLElement,
  row: Element,
  { gliding }: { gliding: boolean },
): () => void {
  let holding = !gliding;
  const putBack = () => {
    if (!row.isConnected) return stop();
    const top = scrollTopFor(scroller, row);
    if (Math.abs(top - scroller.scrollTop) >= 1) scroller.scrollTo({ top, behavior: 'auto' });
  };
  const glideEnded = () => {
    holding = true;
    putBack();
  };
  const list = row.parentElement;
  const resized = new ResizeObserver(() => {
    if (holding) putBack();
  });
  if (list) resized.observe(list);
  if (gliding) scroller.addEventListener('scrollend', glideEnded, { once: true });
  for (const type of READER_INPUT) scroller.addEventListener(type, stop, { passive: true });

  function stop() {
    holding = false;
    resized.disconnect();
    scroller.removeEventListener('scrollend', glideEnded);
    for (const type of READER_INPUT) scroller.removeEventListener(type, stop);
  }
  return stop;
}
