import type { Topology } from 'topojson-specification';
import type { AtlasShapes } from './atlasShapes';

/** Which file to fetch (an absolute address) and where the map is cut. */
export interface AtlasRequest {
  readonly url: string;
  readonly cut: number;
}
/** The converted shapes, or why there are none. */
export type AtlasReply =
  | { readonly ok: true; readonly shapes: AtlasShapes }
  | { readonly ok: false; readonly message: string };

/** Fetches a world-atlas file and converts it; never throws (the worker's job, or the fallback). */
export async function convertAtlas(
  { url, cut }: AtlasRequest,
  signal?: AbortSignal,
): Promise<AtlasReply> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return { ok: false, message: `${url}: HTTP ${response.status}` };
    const topology = (await response.json()) as Topology;
    // The converter (and topojson-client with it) loads only now, not with the first paint.
    const { atlasShapes } = await import('./atlasShapes');
    return { ok: true, shapes: atlasShapes(topology, cut) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
