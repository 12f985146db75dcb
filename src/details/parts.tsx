import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { useSelect, useStory } from '../state/hooks';
import { isTimeUnknown } from '../story/build';
import { formatEventTime } from '../story/eventTime';
import type { ItemKind, Selection } from '../story/selection';
import { shownQuote } from '../story/translationLabel';
import type { StoryEvent, StoryPerson } from '../story/types';
import { SideMark } from '../ui/SideMark';
import { SourceLink } from '../ui/SourceLink';
import { inQuoteMarks } from '../words/quoteMarks';

/** A labelled row in the details list. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** An item's own words under its heading (an event's summary, a place's description). */
export function Summary({ text, lang }: { text: string | undefined; lang: string | undefined }) {
  return text ? (
    <p className="details__summary" lang={lang}>
      {text}
    </p>
  ) : null;
}

/** Links to other items: pressing one selects it, so readers can walk the story. */
export function ItemLinks({ kind, ids }: { kind: ItemKind; ids: readonly string[] }) {
  const story = useStory();
  const select = useSelect();
  const name = (id: string) =>
    kind === 'event'
      ? story.eventById.get(id)?.title
      : kind === 'place'
        ? story.placeById.get(id)?.name
        : undefined;
  const quoteText = (id: string) => {
    const quote = story.quoteById.get(id);
    return quote ? shownQuote(quote, story) : undefined;
  };
  return (
    <ul className="details__links">
      {ids.map((id) => (
        <li key={id}>
          <button type="button" className="link-button" onClick={() => select({ kind, id })}>
            {kind === 'quote' ? (
              <span lang={quoteText(id)?.lang}>
                {inQuoteMarks(quoteText(id)?.text ?? id, quoteText(id)?.lang)}
              </span>
            ) : (
              <span
                lang={story.langOf(
                  kind === 'event' ? 'events' : 'places',
                  id,
                  kind === 'event' ? 'title' : 'name',
                )}
              >
                {name(id) ?? id}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PeopleList({ people }: { people: readonly StoryPerson[] }) {
  const story = useStory();
  return (
    <ul className="details__people">
      {people.map((p) => (
        <li key={p.id}>
          <SideMark side={p.side} story={story} />{' '}
          <span lang={story.langOf('people', p.id, 'name')}>{p.name}</span>
          {p.role && (
            <span className="details__role">
              , <span lang={story.langOf('people', p.id, 'role')}>{p.role}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SourceList({ selection }: { selection: Selection }) {
  const story = useStory();
  const t = useT();
  const sources = story.sourcesFor(selection);
  if (sources.length === 0) return null;
  return (
    <Field label={t('details.sources')}>
      <ul className="details__sources">
        {sources.map((s) => (
          <li key={s.id}>
            <SourceLink source={s} />
            {s.publisher && <span className="details__role"> — {s.publisher}</span>}
          </li>
        ))}
      </ul>
    </Field>
  );
}

export function NotFound({ kind, id }: { kind: string; id: string }) {
  const t = useT();
  return <p>{t('details.notFound', { kind, id })}</p>;
}

/**
 * An event's time as text, in a `<time>` element with its machine-readable start only when the
 * start is real: an order-only or undated event's start is a placeholder and stays out of the DOM.
 */
export function EventTime({
  event,
  zone,
  storyDay,
}: {
  event: StoryEvent;
  zone: string;
  storyDay?: string;
}) {
  const text = formatEventTime(event, zone, storyDay);
  if (isTimeUnknown(event)) return <span className="details__unknown-time">{text}</span>;
  return <time dateTime={event.start}>{text}</time>;
}
