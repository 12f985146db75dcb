import type { Topology } from 'topojson-specification';
import type { AtlasShapes, DetailFile } from './atlasShapes';

/**
 * Which file to fetch (an absolute address), what it holds (a world-atlas TopoJSON file, or one
 * box of 1:10m detail written at build time) and where the map is cut.
 */
export interface AtlasRequest {
  readonly url: string;
  readonly cut: number;
  readonly kind?: 'atlas' | 'detail';
}
/** The converted shapes, or why there are none. */
export type AtlasReply =
  | { readonly ok: true; readonly shapes: AtlasShapes }
  | { readonly ok: false; readonly message: string };

/** Fetches a basemap file and converts it; never throws (the worker's job, or the fallback). */
export async function convertAtlas(
  { url, cut, kind = 'atlas' }: AtlasRequest,
  signal?: AbortSignal,
): Promise<AtlasReply> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return { ok: false, message: `${url}: HTTP ${response.status}` };
    const data: unknown = await response.json();
    // The converter (and topojson-client with it) loads only now, not with the first paint.
    const { atlasShapes, detailShapes } = await import('./atlasShapes');
    const shapes =
      kind === 'detail'
        ? detailShapes(data as DetailFile, cut)
        : atlasShapes(data as Topology, cut);
    return { ok: true, shapes };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
