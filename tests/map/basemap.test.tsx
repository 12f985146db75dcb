import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ATLAS_FILES } from '../../src/map/useAtlas';
import { withSizedMaps } from './mapSize';
import { markerOf, renderMap } from './renderMap';

const require = createRequire(import.meta.url);
const FILES: Record<string, string> = {
  [ATLAS_FILES.countries110m]: readFileSync(
    require.resolve('world-atlas/countries-110m.json'),
    'utf8',
  ),
  [ATLAS_FILES.countries50m]: readFileSync(
    require.resolve('world-atlas/countries-50m.json'),
    'utf8',
  ),
};
/** Serves the bundled files as the app's own server would. */
const atlasResponse = (url: string = ATLAS_FILES.countries110m) =>
  new Response(FILES[url], { headers: { 'Content-Type': 'application/json' } });

/**
 * Every basemap job started (fetch and convert; in jsdom on this thread, as without workers),
 * with its signal: StrictMode starts one and cancels it at once, and a cancelled job's fetch may
 * never settle here.
 */
const jobs: { done: Promise<unknown>; signal?: AbortSignal }[] = [];
vi.mock('../../src/map/atlasJob', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/map/atlasJob')>();
  return {
    ...real,
    convertAtlas: (...args: Parameters<typeof real.convertAtlas>) => {
      const done = real.convertAtlas(...args);
      jobs.push({ done, signal: args[1] });
      return done;
    },
  };
});

/** Waits until every live basemap job has finished and React has drawn its result. */
async function atlasJobsDone(): Promise<void> {
  await act(async () => {
    let seen: number;
    do {
      seen = jobs.length;
      await Promise.all(jobs.filter((job) => !job.signal?.aborted).map((job) => job.done));
    } while (seen !== jobs.length);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  jobs.length = 0;
});

describe('the Natural Earth basemap', () => {
  test('loads after the map is shown, then draws land and borders and credits Natural Earth', async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal('fetch', (url: string) =>
      url === ATLAS_FILES.countries110m
        ? new Promise<Response>((resolve) => {
            answer = resolve;
          })
        : new Promise(() => {}),
    );
    const { container } = await renderMap();
    // Places are on the map before the basemap arrives.
    expect(markerOf(container, 'base')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the basemap');

    answer(atlasResponse());
    await atlasJobsDone();
    await waitFor(() => expect(container.querySelector('path.map-land')).not.toBeNull());
    expect(container.querySelector('path.map-borders')).not.toBeNull();
    expect(container.querySelector('.leaflet-basemap-pane path.map-land')).not.toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(container.querySelector('.leaflet-control-attribution')).toHaveTextContent(
      'Natural Earth',
    );
    // No tile layer, ever.
    expect(container.querySelector('.leaflet-tile')).toBeNull();
  });

  test('says so when the geometry cannot be loaded, and the markers still work', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
    const { container } = await renderMap();
    await atlasJobsDone();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('The basemap could not be loaded'),
    );
    expect(container.querySelector('path.map-land')).toBeNull();
    expect(markerOf(container, 'capital')).toHaveAttribute('data-state', 'idle');
  });
});

describe('the finer land for closer views', () => {
  withSizedMaps();

  test('is fetched only once the map is zoomed in, and then replaces the coarse land', async () => {
    const fetch = vi.fn((url: string) => Promise.resolve(atlasResponse(url)));
    vi.stubGlobal('fetch', fetch);
    const { container, store } = await renderMap();
    await atlasJobsDone();
    await waitFor(() => expect(container.querySelector('path.map-land')).not.toBeNull());
    const coarse = container.querySelector('path.map-land');
    const fetched = () => fetch.mock.calls.map(([url]) => url);
    expect(fetched()).toContain(ATLAS_FILES.countries110m);
    expect(fetched()).not.toContain(ATLAS_FILES.countries50m);

    act(() => store.set({ selection: { kind: 'place', id: 'base' } }));
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(ATLAS_FILES.countries50m, expect.anything()),
    );
    await atlasJobsDone();
    await waitFor(() => expect(container.querySelector('path.map-land')).not.toBe(coarse));
    expect(container.querySelectorAll('path.map-land')).toHaveLength(1);
  });
});
