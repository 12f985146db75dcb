import { divIcon, marker, type Point } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../i18n/i18n';
import type { Motion } from '../play/clock';
import { glideSamples } from '../play/glide';
import { type Journey, journeyPosition, pointAlong } from '../play/journeys';
import { bearing, travellerName } from '../play/travellers';
import { useClockPaint, usePlayClock } from '../play/usePlayClock';
import { useStore, useStory } from '../state/hooks';
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
 * moved by the play clock, never by re-rendering: while the day plays at an even pace, by
 * compositor animations on the page's clock, so the planes glide without the main thread.
 */
export function MovingParties({ cut }: MovingPartiesProps) {
  const clock = usePlayClock();
  return clock.model.journeys.map((j) => <MovingParty key={j.id} journey={j} cut={cut} />);
}

function MovingParty({ journey, cut }: { journey: Journey; cut: number }) {
  const map = useMap();
  const clock = usePlayClock();
  const store = useStore();
  const story = useStory();
  // A change of language re-renders the party, and the paint after it writes the new words.
  const t = useT();
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

  // While the day plays at an even pace, the compositor glides the plane through keyframes
  // sampled along its journey (see glideSamples); a zoom changes the pixels, so it starts again.
  const glide = useRef<Glide | null>(null);
  const written = useRef(Number.NEGATIVE_INFINITY);
  const [land] = useState(() => () => {
    for (const a of glide.current?.moves ?? []) a.cancel();
    glide.current = null;
  });
  // Moved frame by frame, the plane keeps its marker where it was put (its anchor, in the map's
  // layer pixels) and is shifted by a transform of its own: Leaflet's setLatLng would also
  // rewrite the marker's z-index every frame, and that repaints the whole marker pane.
  const anchor = useRef<Point | null>(null);
  const repaint = useRef<() => void>(() => undefined);

  useEffect(
    function addParty() {
      const reset = () => {
        land();
        anchor.current = null;
        parts.root.style.transform = '';
        repaint.current();
      };
      map.on('zoomend viewreset', reset);
      return function removeParty() {
        map.off('zoomend viewreset', reset);
        land();
        anchor.current = null;
        parts.layer.remove();
      };
    },
    [parts, map, land],
  );

  /** Puts the plane at `[lat, lon]`: by moving its marker, or once placed, by its transform. */
  function moveTo(lat: number, lon: number) {
    const { root, layer } = parts;
    const a = anchor.current;
    if (!a || !map.hasLayer(layer)) {
      layer.setLatLng([lat, lon]);
      if (!map.hasLayer(layer)) layer.addTo(map);
      anchor.current = map.latLngToLayerPoint([lat, lon]);
      root.style.transform = '';
      return;
    }
    const p = map.latLngToLayerPoint([lat, lon]);
    const shift = `translate(${(p.x - a.x).toFixed(1)}px, ${(p.y - a.y).toFixed(1)}px)`;
    if (root.style.transform !== shift) root.style.transform = shift;
  }

  const paint = (ms: number | null) => {
    const { root, plane, label, layer } = parts;
    // While playing, the attributes (where it is, its phase, its name) are brought up to date a
    // few times a second, not every frame; standing still, at once.
    const now = performance.now();
    const calm = store.get().playing && now - written.current < ATTRIBUTES_INTERVAL_MS;
    const gliding = glide.current;
    const motion = clock.motion();
    const glides =
      gliding !== null && gliding.motion === motion && ms !== null && ms <= gliding.until;
    if (glides && calm) return;
    const position = ms === null ? null : journeyPosition(journey, ms);
    if (ms === null || !position) {
      land();
      anchor.current = null;
      layer.remove();
      return;
    }
    const lon = shiftLongitude(position.lon, cut);
    if (!calm) {
      written.current = now;
      // The attributes say where it is now; they are written only when they change.
      setIfChanged(root, 'data-route-id', position.routeId);
      setIfChanged(root, 'data-lat', position.lat.toFixed(4));
      setIfChanged(root, 'data-lon', lon.toFixed(4));
      setIfChanged(root, 'data-phase', position.phase);
      setIfChanged(root, 'data-approx', String(position.approx));
      setIfChanged(
        root,
        'aria-label',
        position.approx
          ? t(`map.phaseApprox.${position.phase}`, { route: position.routeName })
          : t(`map.phase.${position.phase}`, { route: position.routeName }),
      );
      if (label.textContent !== (who ?? '')) label.textContent = who ?? '';
    }

    if (glides) return;
    land();
    if (motion && typeof root.animate === 'function') {
      anchor.current = null;
      moveTo(position.lat, lon);
      glide.current = glideFrom(ms, motion);
      return;
    }
    moveTo(position.lat, lon);
    const leg = journey.legs.find((l) => l.route.id === position.routeId);
    if (leg && position.phase === 'moving') {
      const ahead = pointAlong(leg.route.path, Math.min(1, position.progress + 0.01));
      const heading = `rotate(${Math.round(bearing([position.lat, position.lon], ahead))}deg)`;
      if (plane.style.transform !== heading) plane.style.transform = heading;
    }
  };
  repaint.current = () => paint(clock.now());
  useClockPaint(paint);

  /** Hands the plane's way from `ms` to the end of the motion to the compositor. */
  function glideFrom(ms: number, motion: Motion): Glide {
    const samples = glideSamples(journey, ms, motion.until, GLIDE_STEPS, (lon) =>
      shiftLongitude(lon, cut),
    );
    const first = samples[0];
    const last = samples[samples.length - 1];
    // Until the motion ends, even when the way stops short (nothing says where it is then: the
    // paint above takes the plane off the map), so a glide is worked out once per motion.
    if (!first || !last || last.t <= ms) return { motion, until: motion.until, moves: [] };
    const origin = map.latLngToLayerPoint([first.lat, first.lon]);
    const span = last.t - ms;
    const timing: KeyframeAnimationOptions = {
      duration: span / motion.rate,
      easing: 'linear',
      fill: 'forwards',
    };
    const moves = [
      parts.root.animate(
        samples.map((x) => {
          const p = map.latLngToLayerPoint([x.lat, x.lon]);
          return {
            offset: (x.t - ms) / span,
            transform: `translate(${p.x - origin.x}px, ${p.y - origin.y}px)`,
          };
        }),
        timing,
      ),
      parts.plane.animate(
        samples.map((x) => ({
          offset: (x.t - ms) / span,
          transform: `rotate(${x.heading}deg)`,
        })),
        timing,
      ),
    ];
    // On the page's clock, where the playing clock has the day at `ms`.
    const start = motion.at + (ms - motion.from) / motion.rate;
    for (const a of moves) a.startTime = start;
    return { motion, until: motion.until, moves };
  }

  return null;
}

/** A plane's compositor glide: for which motion, until when, its animations. */
interface Glide {
  readonly motion: Motion;
  readonly until: number;
  readonly moves: Animation[];
}

/** While gliding, how often the plane's attributes (where it is, its phase) are written. */
const ATTRIBUTES_INTERVAL_MS = 250;

/** Keyframes per glide: enough for a great circle to look curved at any zoom. */
const GLIDE_STEPS = 64;

function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
