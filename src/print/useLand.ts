import type { Feature, FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
// The same file the live map draws its world view from: one download, one cached copy.
import atlasUrl from 'world-atlas/countries-110m.json?url';

/**
 * Natural Earth land at 1:110m, bundled with the app (no tile server): enough for a page-wide
 * map. `null` until it has loaded, and if it cannot load the map still shows places and routes.
 */
export function useLand(): Feature | FeatureCollection | null {
  const [land, setLand] = useState<Feature | FeatureCollection | null>(null);
  useEffect(function loadLand() {
    const controller = new AbortController();
    fetch(new URL(atlasUrl, document.baseURI).href, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((topology: Topology | null) => {
        const object = topology?.objects.land;
        if (topology && object) setLand(feature(topology, object));
      })
      .catch(() => {
        // Offline before the first visit, or aborted: the map is drawn without land.
      });
    return () => controller.abort();
  }, []);
  return land;
}
