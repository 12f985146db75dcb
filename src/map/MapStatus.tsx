import { useT } from '../i18n/i18n';
import type { AtlasState } from './useAtlas';

/** Props of {@link MapStatus}. */
export interface MapStatusProps {
  atlas: AtlasState;
}

/** Says while the basemap loads, and if it fails; the places and routes work either way. */
export function MapStatus({ atlas }: MapStatusProps) {
  const t = useT();
  return (
    <p className="map-status" role="status">
      {atlas.status === 'loading' && t('map.loadingBasemap')}
      {atlas.status === 'error' && t('map.basemapFailed')}
    </p>
  );
}
