import type { AtlasState } from './useAtlas';

/** Props of {@link MapStatus}. */
export interface MapStatusProps {
  atlas: AtlasState;
}

/** Says while the basemap loads, and if it fails; the places and routes work either way. */
export function MapStatus({ atlas }: MapStatusProps) {
  return (
    <p className="map-status" role="status">
      {atlas.status === 'loading' && 'Loading the basemap…'}
      {atlas.status === 'error' &&
        'The basemap could not be loaded. The places and routes still work.'}
    </p>
  );
}
