import { tr, useT } from '../i18n/i18n';
import { useStory } from '../state/hooks';
import { Field, ItemLinks, NotFound, SourceList, Summary } from './parts';

/** Degrees as a reader writes them: 61.2514° N, 149.8064° W. */
export function formatLatLon(lat: number, lon: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return tr('details.latLon', {
    lat: Math.abs(lat).toFixed(4),
    ns,
    lon: Math.abs(lon).toFixed(4),
    ew,
  });
}

export function PlaceDetails({ id }: { id: string }) {
  const story = useStory();
  const t = useT();
  const place = story.placeById.get(id);
  if (!place) return <NotFound kind="place" id={id} />;
  const events = story.eventsForPlace(id);
  const quotes = story.quotesForPlace(id);
  return (
    <article className="details__item">
      <h3 className="details__title" lang={story.langOf('places', id, 'name')}>
        {place.name}
      </h3>
      <p className="details__time">
        {place.kindText && (
          <span className="details__tag" lang={story.langOf('places', id, 'kind')}>
            {place.kindText}
          </span>
        )}{' '}
        {formatLatLon(place.lat, place.lon)}
      </p>
      <Summary text={place.description} lang={story.langOf('places', id, 'description')} />
      <dl className="details__fields">
        {events.length > 0 && (
          <Field label={t('details.happenedHere')}>
            <ItemLinks kind="event" ids={events.map((e) => e.id)} />
          </Field>
        )}
        {quotes.length > 0 && (
          <Field label={t('details.saidHere')}>
            <ItemLinks kind="quote" ids={quotes.map((q) => q.id)} />
          </Field>
        )}
        <SourceList selection={{ kind: 'place', id }} />
      </dl>
    </article>
  );
}
