import { useT } from '../i18n/i18n';
import type { StoryPlace, StoryRoute } from '../story/types';
import { layoutPrintMap } from './mapLayout';
import { useLand } from './useLand';

/** Props of the printed map. */
export interface HandoutMapProps {
  readonly places: readonly StoryPlace[];
  readonly routes: readonly StoryRoute[];
}

/**
 * A static map for paper, drawn with d3-geo from the bundled Natural Earth land: grey land,
 * numbered places (the list beside it uses the same numbers), routes as great circles, the
 * historical ones dashed.
 */
export function HandoutMap({ places, routes }: HandoutMapProps) {
  const t = useT();
  const land = useLand();
  const map = layoutPrintMap(places, routes, land);
  return (
    <svg
      className="handout__map"
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="img"
      aria-label={t('handout.mapLabel', { n: places.length })}
      data-land={land ? 'loaded' : 'missing'}
    >
      <rect width={map.width} height={map.height} fill="#fff" stroke="#000" strokeWidth="1" />
      <path d={map.graticule} fill="none" stroke="#bbb" strokeWidth="0.4" />
      <path d={map.land} fill="#e2e2e2" stroke="#555" strokeWidth="0.5" />
      {map.routes.map((route) => (
        <path
          key={route.id}
          d={route.d}
          fill="none"
          stroke="#000"
          strokeWidth={route.historical ? 1 : 1.4}
          strokeDasharray={route.historical ? '4 3' : undefined}
        />
      ))}
      {map.places.map((place) => (
        <circle
          key={place.id}
          cx={place.x}
          cy={place.y}
          r="3"
          fill="#000"
          stroke="#fff"
          strokeWidth="1"
        />
      ))}
      <g fontSize="11" fontWeight="700">
        {map.labels.map((label) => (
          <text
            key={label.text}
            x={label.x}
            y={label.y}
            stroke="#fff"
            strokeWidth="3"
            paintOrder="stroke"
          >
            {label.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
