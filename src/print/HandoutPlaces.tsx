import { tr, useT } from '../i18n/i18n';
import { formatEventTime } from '../story/eventTime';
import type { Story } from '../story/types';

/** `61.25° N, 149.81° W` */
export function formatCoordinates(lat: number, lon: number): string {
  return tr('handout.coordinates', {
    lat: Math.abs(lat).toFixed(2),
    ns: lat >= 0 ? 'N' : 'S',
    lon: Math.abs(lon).toFixed(2),
    ew: lon >= 0 ? 'E' : 'W',
  });
}

/** The places, numbered as on the printed map, with where they are and what happened there. */
export function HandoutPlaces({ story, zone }: { story: Story; zone: string }) {
  const t = useT();
  return (
    <ol className="handout__places">
      {story.places.map((place) => {
        const events = story.eventsForPlace(place.id);
        return (
          <li key={place.id} className="handout__place">
            <strong>{place.name}</strong>{' '}
            <span className="handout__meta">
              ({formatCoordinates(place.lat, place.lon)}
              {place.kindText && (
                <>
                  , <span lang={story.langOf('places', place.id, 'kind')}>{place.kindText}</span>
                </>
              )}
              )
            </span>
            {place.description && <span className="handout__place-text"> {place.description}</span>}
            {events.length > 0 && (
              <span className="handout__place-events">
                {t('handout.placeEvents', {
                  events: events
                    .map((e) =>
                      t('handout.eventAt', {
                        title: e.title,
                        time: formatEventTime(e, zone, story.date),
                      }),
                    )
                    .join('; '),
                })}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
