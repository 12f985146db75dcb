import type { ViewChoice } from '../state/store';

let loading: Promise<typeof import('./MapView')> | null = null;

/** Resolves in a task of its own (a message, not a timer: no 4 ms clamp, no throttling). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Fetches the map's chunks once, however many times it is asked for. Leaflet is evaluated first,
 * in a task of its own (its feature tests alone are a long task on a slow phone); the map's own
 * code then evaluates in the next one, so that neither blocks the page for long.
 */
export function loadMap(): Promise<typeof import('./MapView')> {
  loading ??= import('leaflet').then(nextTask).then(() => import('./MapView'));
  return loading;
}

/** Where the page layout puts the map beside the timeline, in the first screen (theme.css). */
export const MAP_BESIDE_TIMELINE = '(min-width: 900px)';

/**
 * Whether the map will be in the first screen of a page opened on `view`: alone, or beside the
 * other views on a wide screen. On a phone it sits below the timeline and the quotes.
 */
export function mapInFirstScreen(view: ViewChoice): boolean {
  if (view === 'map') return true;
  return (
    view === 'all' && typeof matchMedia === 'function' && matchMedia(MAP_BESIDE_TIMELINE).matches
  );
}

/**
 * Starts fetching and evaluating the map's code while the story is still being fetched and
 * checked (the main thread waits on the network and the worker then), when the map will be in the
 * first screen, so that it can be drawn a frame after the timeline instead of after a chain of
 * downloads. Elsewhere the map's code still waits until its panel comes near (`LazyMapView`).
 */
export function prefetchMapFor(view: ViewChoice): void {
  if (mapInFirstScreen(view)) void loadMap();
}
