import { polyline } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../i18n/i18n';
import { useAppState, useStory } from '../state/hooks';
import type { StoryRoute } from '../story/types';
import { routeLines } from './greatCircle';
import { routeState } from './routeState';

/** Props of {@link RouteLines}. */
export interface RouteLinesProps {
  /** The meridian the map is cut at (see `chooseCut`). */
  cut: number;
}

/** The story's routes as great-circle lines: flights solid, historical routes dashed. */
export function RouteLines({ cut }: RouteLinesProps) {
  const story = useStory();
  return story.routes.map((route) => <RouteLine key={route.id} route={route} cut={cut} />);
}

interface RouteLineProps {
  route: StoryRoute;
  cut: number;
}

function RouteLine({ route, cut }: RouteLineProps) {
  const map = useMap();
  const t = useT();
  const story = useStory();
  const state = useAppState((s) => routeState(story, route, s.selection));
  const lines = useMemo(() => routeLines(route.path, cut), [route, cut]);
  const [line] = useState(() =>
    polyline(lines, {
      interactive: false,
      weight: 2,
      className: `map-route ${route.historical ? 'map-route--historical' : 'map-route--flight'}`,
    }),
  );

  useEffect(
    function addRoute() {
      line.addTo(map);
      const path = line.getElement();
      path?.setAttribute('data-route-id', route.id);
      path?.setAttribute('role', 'img');
      return function removeRoute() {
        line.remove();
      };
    },
    [map, line, route],
  );

  useEffect(
    function nameRoute() {
      // Again in the new language when the reader switches.
      line
        .getElement()
        ?.setAttribute(
          'aria-label',
          route.historical ? t('map.routeHistorical', { route: route.name }) : route.name,
        );
    },
    [line, route, t],
  );

  const drawn = useRef(lines);
  useEffect(
    function reshapeRoute() {
      if (drawn.current === lines) return;
      line.setLatLngs(lines);
      drawn.current = lines;
    },
    [line, lines],
  );

  useEffect(
    function showRouteState() {
      line.getElement()?.setAttribute('data-state', state);
      if (state === 'related') line.bringToFront();
    },
    [line, state],
  );

  return null;
}
