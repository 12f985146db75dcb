import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { whenIdle } from '../render/whenIdle';
import type { HandoutMapProps } from './HandoutMap';
import { onPrintStart } from './printStart';

// The map (d3-geo and the land outlines) is only ever seen on paper: its code is fetched when
// the page is idle and it is drawn only when printing starts, so it costs the first paint and
// the main thread nothing. Printed before its code is here, the handout leaves the map out; the
// list of places beside it has every coordinate.
type MapModule = { HandoutMap: ComponentType<HandoutMapProps> };
let loaded: MapModule | null = null;
const loadMap = () =>
  import('./HandoutMap').then((m) => {
    loaded = m;
    return m;
  });
const LazyHandoutMap = lazy(() => loadMap().then((m) => ({ default: m.HandoutMap })));

/** How long to wait for an idle moment before fetching the map's code anyway. */
const IDLE_TIMEOUT_MS = 5000;

/** The handout's map with its caption, drawn once printing starts. */
export function HandoutFigure(props: HandoutMapProps) {
  const wanted = useWantedForPrint();
  if (!wanted) return null;
  const ReadyMap = loaded?.HandoutMap;
  return (
    <figure className="handout__figure">
      {ReadyMap ? (
        <ReadyMap {...props} />
      ) : (
        <Suspense fallback={null}>
          <LazyHandoutMap {...props} />
        </Suspense>
      )}
      <figcaption className="handout__meta">
        Numbers match the list below. Solid lines: flights on the day; dashed: historical routes.
        Land: Natural Earth.
      </figcaption>
    </figure>
  );
}

/** True as soon as someone starts to print (or the page is shown as print media). */
function useWantedForPrint(): boolean {
  const [wanted, setWanted] = useState(
    () => typeof window !== 'undefined' && window.matchMedia?.('print').matches === true,
  );
  useEffect(
    function drawWhenPrinting() {
      if (wanted) return;
      let cancelIdle = () => {};
      const preload = () => {
        cancelIdle = whenIdle(() => void loadMap(), {
          timeoutMs: IDLE_TIMEOUT_MS,
          fallbackMs: IDLE_TIMEOUT_MS,
        });
      };
      if (document.readyState === 'complete') preload();
      else window.addEventListener('load', preload, { once: true });
      const stop = onPrintStart(() => setWanted(true));
      return () => {
        window.removeEventListener('load', preload);
        stop();
        cancelIdle();
      };
    },
    [wanted],
  );
  return wanted;
}
