import { divIcon, marker } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { tr } from '../i18n/i18n';
import { type Journey, journeyPosition, pointAlong } from '../play/journeys';
import { bearing, travellerName } from '../play/travellers';
import { useClockPaint, usePlayClock } from '../play/usePlayClock';
import { useStory } from '../state/hooks';
import { shiftLongitude } from './longitude';
import './movingParties.css';

/** Props of {@link MovingParties}. */
export interface MovingPartiesProps {
  /** The meridian the map is cut at (see `chooseCut`). */
  cut: number;
}

/**
 * The travellers of the day (the planes) at the playhead's time, each where its great-circle
 * route puts it, drawn with a halo while its times are approximate. Shown while a time is set;
 * moved every frame by the play clock, never by re-rendering.
 */
export function MovingParties({ cut }: MovingPartiesProps) {
  const clock = usePlayClock();
  return clock.model.journeys.map((j) => <MovingParty key={j.id} journey={j} cut={cut} />);
}

function MovingParty({ journey, cut }: { journey: Journey; cut: number }) {
  const map = useMap();
  const story = useStory();
  const who = useMemo(() => travellerName(journey, story), [journey, story]);
  const [parts] = useState(() => {
    // Built as DOM nodes, not HTML: the route's name is the dataset's text.
    const root = document.createElement('div');
    root.className = 'moving-party';
    root.setAttribute('role', 'img');
    const halo = document.createElement('span');
    halo.className = 'moving-party__halo';
    const plane = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    plane.setAttribute('class', 'moving-party__plane');
    plane.setAttribute('viewBox', '-12 -12 24 24');
    plane.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    // A plane seen from above, nose up (north); rotated to its heading.
    path.setAttribute(
      'd',
      'M0-11 2-3 10 2 10 4 2 2 1.5 8 4 10 4 11 0 10-4 11-4 10-1.5 8-2 2-10 4-10 2-2-3z',
    );
    plane.append(path);
    const label = document.createElement('span');
    label.className = 'moving-party__label';
    root.append(halo, plane, label);
    const layer = marker([0, 0], {
      icon: divIcon({ html: root, className: 'moving-party-icon', iconSize: [28, 28] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: 1000,
    });
    return { root, plane, label, layer };
  });

  useEffect(
    function addParty() {
      return function removeParty() {
        parts.layer.remove();
      };
    },
    [parts],
  );

  useClockPaint((ms) => {
    const { root, plane, label, layer } = parts;
    const position = ms === null ? null : journeyPosition(journey, ms);
    if (!position) {
      layer.remove();
      return;
    }
    const lon = shiftLongitude(position.lon, cut);
    if (!map.hasLayer(layer)) layer.addTo(map);
    layer.setLatLng([position.lat, lon]);
    root.setAttribute('data-route-id', position.routeId);
    root.setAttribute('data-lat', position.lat.toFixed(4));
    root.setAttribute('data-lon', lon.toFixed(4));
    root.setAttribute('data-phase', position.phase);
    root.setAttribute('data-approx', String(position.approx));
    root.setAttribute(
      'aria-label',
      position.approx
        ? tr(`map.phaseApprox.${position.phase}`, { route: position.routeName })
        : tr(`map.phase.${position.phase}`, { route: position.routeName }),
    );
    label.textContent = who ?? '';
    const leg = journey.legs.find((l) => l.route.id === position.routeId);
    if (leg && position.phase === 'moving') {
      const ahead = pointAlong(leg.route.path, Math.min(1, position.progress + 0.01));
      plane.style.transform = `rotate(${bearing([position.lat, position.lon], ahead)}deg)`;
    }
  });

  return null;
}
