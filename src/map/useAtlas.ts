import { useEffect, useState } from 'react';
import countries50m from 'world-atlas/countries-50m.json?url';
import countries110m from 'world-atlas/countries-110m.json?url';
import { runInWorker } from '../workers/runInWorker';
import { type AtlasReply, type AtlasRequest, convertAtlas } from './atlasJob';
import type { AtlasShapes } from './atlasShapes';

/** The bundled Natural Earth files (same origin; fetched, never in the JavaScript). */
export const ATLAS_FILES = {
  /** Land and country borders at 1:110m: the world view, about 40 KB compressed. */
  countries110m,
  /** Land and country borders at 1:50m, for closer views, about 230 KB compressed. */
  countries50m,
} as const;

/** The basemap's progress: it loads after the map is shown and may fail without harm. */
export type AtlasState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly shapes: AtlasShapes }
  | { readonly status: 'error'; readonly message: string };

/**
 * Fetches one of the bundled Natural Earth files once the map has mounted (or once `wanted`
 * turns true), and converts it for the cut map.
 */
export function useAtlas(
  url: string,
  cut: number,
  wanted = true,
  kind: AtlasRequest['kind'] = 'atlas',
): AtlasState {
  const [state, setState] = useState<AtlasState>({ status: wanted ? 'loading' : 'idle' });

  useEffect(
    function loadAtlas() {
      if (!wanted) return;
      const controller = new AbortController();
      setState({ status: 'loading' });
      fetchAtlas({ url, cut, kind }, controller.signal).then(
        (shapes) => {
          if (!controller.signal.aborted) setState({ status: 'ready', shapes });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
        },
      );
      return function abortAtlas() {
        controller.abort();
      };
    },
    [url, cut, wanted, kind],
  );

  return state;
}

/** In a worker where there are workers, else here; rejects with the reason when it fails. */
async function fetchAtlas(request: AtlasRequest, signal: AbortSignal): Promise<AtlasShapes> {
  // A worker resolves addresses against its own script, so it is given an absolute one.
  const inWorker: AtlasRequest = { ...request, url: new URL(request.url, document.baseURI).href };
  const reply =
    (await runInWorker<AtlasRequest, AtlasReply>(
      () => new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module' }),
      inWorker,
      { signal },
    )) ?? (signal.aborted ? null : await convertAtlas(request, signal));
  if (!reply) throw new Error('cancelled');
  if (!reply.ok) throw new Error(reply.message);
  return reply.shapes;
}
