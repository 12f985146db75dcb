import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { englishT, useT } from '../i18n/i18n';

/** The keyboard help that names the map's focusable container. */
export const MAP_CONTAINER_LABEL = englishT('map.container');

/**
 * What the Leaflet container needs beyond Leaflet's defaults: a name for its keyboard focus stop,
 * a new size whenever the panel's size changes, and no scrolling when focus moves to a marker
 * outside the view (the browser would otherwise scroll the clipped container and misplace every
 * layer).
 */
export function MapSetup() {
  const map = useMap();
  const t = useT();

  useEffect(
    function nameContainer() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', t('map.container'));
      return function unnameContainer() {
        container.removeAttribute('role');
        container.removeAttribute('aria-label');
      };
    },
    [map, t],
  );

  useEffect(
    function followPanelSize() {
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return function stopFollowingPanelSize() {
        observer.disconnect();
      };
    },
    [map],
  );

  useEffect(
    function keepContainerUnscrolled() {
      const container = map.getContainer();
      const unscroll = () => {
        container.scrollTop = 0;
        container.scrollLeft = 0;
      };
      container.addEventListener('scroll', unscroll);
      return function allowContainerScroll() {
        container.removeEventListener('scroll', unscroll);
      };
    },
    [map],
  );

  return null;
}
