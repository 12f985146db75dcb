import { useEffect, useState } from 'react';
import countries110m from 'world-atlas/countries-110m.json?url';
import land50m from 'world-atlas/land-50m.json?url';
import { runInWorker } from '../workers/runInWorker';
import { type AtlasReply, type AtlasRequest, convertAtlas } from './atlasJob';
import type { AtlasShapes } from './atlasShapes';

/** The bundled Natural Earth files (same origin; fetched, never in the JavaScript). */
export const ATLAS_FILES = {
  /** Land and country borders at 1:110m: the world view, about 40 KB compressed. */
  countries110m,
  /** Land alone at 1:50m, for closer views, about 175 KB compressed. */
  land50m,
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
export function useAtlas(url: string, cut: number, wanted = true): AtlasState {
  const [state, setState] = useState<AtlasState>({ status: wanted ? 'loading' : 'idle' });

  useEffect(
    function loadAtlas() {
      if (!wanted) return;
      const controller = new AbortController();
      setState({ status: 'loading' });
      fetchAtlas(url, cut, controller.signal).then(
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
    [url, cut, wanted],
  );

  return state;
}

/** In a worker where there are workers, else here; rejects with the reason when it fails. */
async function fetchAtlas(url: string, cut: number, signal: AbortSignal): Promise<AtlasShapes> {
  // A worker resolves addresses against its own script, so it is given an absolute one.
  const inWorker: AtlasRequest = { url: new URL(url, document.baseURI).href, cut };
  const reply =
    (await runInWorker<AtlasRequest, AtlasReply>(
      () => new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module' }),
      inWorker,
      { signal },
    )) ?? (signal.aborted ? null : await convertAtlas({ url, cut }, signal));
  if (!reply) throw new Error('cancelled');
  if (!reply.ok) throw new Error(reply.message);
  return reply.shapes;
}
