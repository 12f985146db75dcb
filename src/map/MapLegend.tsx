import { useMemo } from 'react';
import { type MessageId, useT } from '../i18n/i18n';
import { useStory } from '../state/hooks';
import { PlaceGlyph } from './PlaceGlyph';
import { type PlaceShape, shapeKeys } from './placeShape';

/**
 * What each marker shape stands for, in the interface's words: the kinds of place that
 * `shapeOf` gives it (the story's own `kind` words are in its language, not the reader's).
 */
const SHAPE_WORDS: Readonly<Record<PlaceShape, MessageId>> = {
  square: 'map.shape.square',
  circle: 'map.shape.circle',
  capital: 'map.shape.capital',
  triangle: 'map.shape.triangle',
  cross: 'map.shape.cross',
  diamond: 'map.shape.diamond',
};

/** Props of {@link MapLegend}. */
export interface MapLegendProps {
  /** Large stories draw most places as plain dots. */
  dots: boolean;
}

/** What the marker shapes, line styles and highlights mean, for this story's places and routes. */
export function MapLegend({ dots }: MapLegendProps) {
  const story = useStory();
  const t = useT();
  const shapes = useMemo(() => shapeKeys(story.places.map((p) => p.kind)), [story]);
  const hasFlights = story.routes.some((r) => !r.historical);
  const hasHistory = story.routes.some((r) => r.historical);
  const hasContextPlaces = useMemo(
    () =>
      story.places.some((p) => {
        const events = story.eventsForPlace(p.id);
        return events.length > 0 && events.every((e) => e.context);
      }),
    [story],
  );

  return (
    <details className="map-legend" open>
      <summary>{t('map.legend')}</summary>
      <ul className="map-legend__list">
        {shapes.map(({ shape }) => (
          <li key={shape} className="map-legend__item" data-legend-shape={shape}>
            <PlaceGlyph shape={shape} size={16} />
            {t(SHAPE_WORDS[shape])}
          </li>
        ))}
        {dots && (
          <li className="map-legend__item">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle className="map-legend__dot" cx="8" cy="8" r="3.5" />
            </svg>
            {t('map.dots')}
          </li>
        )}
        {hasContextPlaces && (
          <li className="map-legend__item">
            <PlaceGlyph shape="circle" context size={16} />
            {t('map.contextPlaces')}
          </li>
        )}
        {hasFlights && (
          <li className="map-legend__item">
            <LineSample historical={false} />
            {t('map.flight')}
          </li>
        )}
        {hasHistory && (
          <li className="map-legend__item">
            <LineSample historical />
            {t('map.historicalRoute')}
          </li>
        )}
        <li className="map-legend__item" data-legend-state="selected">
          <PlaceGlyph shape="circle" size={16} />
          {t('map.selected')}
        </li>
        <li className="map-legend__item" data-legend-state="related">
          <PlaceGlyph shape="circle" size={16} />
          {t('map.linked')}
        </li>
      </ul>
    </details>
  );
}

function LineSample({ historical }: { historical: boolean }) {
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
      <path
        className={`map-legend__line ${historical ? 'map-route--historical' : 'map-route--flight'}`}
        d="M2 8H26"
      />
    </svg>
  );
}
