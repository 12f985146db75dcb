import { useT } from '../i18n/i18n';
import { useAppState, useStory } from '../state/hooks';
import { precisionLabel } from '../story/eventTime';
import { resolveZone } from '../time/zone';
import { EventTime, Field, ItemLinks, NotFound, PeopleList, SourceList, Summary } from './parts';

export function EventDetails({ id }: { id: string }) {
  const story = useStory();
  const t = useT();
  const zoneChoice = useAppState((s) => s.zone);
  const event = story.eventById.get(id);
  if (!event) return <NotFound kind="event" id={id} />;
  const zone = resolveZone(zoneChoice, story);
  const precision = precisionLabel(event);
  const quotes = story.quotesForEvent(id);
  const selection = { kind: 'event', id } as const;
  return (
    <article className="details__item">
      <h3 className="details__title" lang={story.langOf('events', id, 'title')}>
        {event.title}
      </h3>
      <p className="details__time">
        <EventTime event={event} zone={zone} storyDay={story.date} />
        {precision && <span className="details__precision"> ({precision})</span>}
        {event.context && <span className="details__tag">{t('details.context')}</span>}
      </p>
      <Summary text={event.summary} lang={story.langOf('events', id, 'summary')} />
      <dl className="details__fields">
        {event.placeIds.length > 0 && (
          <Field label={t('details.places', { n: event.placeIds.length })}>
            <ItemLinks kind="place" ids={event.placeIds} />
          </Field>
        )}
        {event.peopleIds.length > 0 && (
          <Field label={t('details.people')}>
            <PeopleList people={story.peopleFor(selection)} />
          </Field>
        )}
        {quotes.length > 0 && (
          <Field label={t('details.said')}>
            <ItemLinks kind="quote" ids={quotes.map((q) => q.id)} />
          </Field>
        )}
        <SourceList selection={selection} />
      </dl>
    </article>
  );
}
