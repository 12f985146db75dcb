import { formatEventTime } from '../story/eventTime';
import type { Story } from '../story/types';

/** `61.25° N, 149.81° W` */
export function formatCoordinates(lat: number, lon: number): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** The places, numbered as on the printed map, with where they are and what happened there. */
export function HandoutPlaces({ story, zone }: { story: Story; zone: string }) {
  return (
    <ol className="handout__places">
      {story.places.map((place) => {
        const events = story.eventsForPlace(place.id);
        return (
          <li key={place.id} className="handout__place">
            <strong>{place.name}</strong>{' '}
            <span className="handout__meta">
              ({formatCoordinates(place.lat, place.lon)}
              {place.kind && `, ${place.kind}`})
            </span>
            {place.description && <span className="handout__place-text"> {place.description}</span>}
            {events.length > 0 && (
              <span className="handout__place-events">
                {' '}
                What happened here:{' '}
                {events
                  .map((e) => `${e.title} (${formatEventTime(e, zone, story.date)})`)
                  .join('; ')}
                .
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
