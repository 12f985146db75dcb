import { useT } from '../i18n/i18n';
import { AlsoShownVersion } from '../quotes/AlsoShownVersion';
import { QuoteTranslations, TranslationLine } from '../quotes/QuoteTranslations';
import { useAppState, useStory } from '../state/hooks';
import { shownQuote } from '../story/translationLabel';
import { resolveZone } from '../time/zone';
import { SideMark } from '../ui/SideMark';
import { inQuoteMarks } from '../words/quoteMarks';
import { EventTime, Field, ItemLinks, NotFound, SourceList } from './parts';

export function QuoteDetails({ id }: { id: string }) {
  const story = useStory();
  const t = useT();
  const zoneChoice = useAppState((s) => s.zone);
  const quote = story.quoteById.get(id);
  if (!quote) return <NotFound kind="quote" id={id} />;
  const speaker = story.personById.get(quote.speakerId);
  const firstEvent = story.eventById.get(quote.eventIds[0] ?? '');
  const zone = resolveZone(zoneChoice, story);
  const shown = shownQuote(quote, story);
  return (
    <article className="details__item">
      <blockquote className="details__quote" lang={shown.lang}>
        <p>{inQuoteMarks(shown.text, shown.lang)}</p>
      </blockquote>
      <TranslationLine quote={quote} />
      <AlsoShownVersion quote={quote} />
      <QuoteTranslations quote={quote} />
      <p className="details__speaker">
        <SideMark side={speaker?.side} story={story} />{' '}
        <strong>{speaker?.name ?? quote.speakerId}</strong>
        {speaker?.role && <span className="details__role">, {speaker.role}</span>}
      </p>
      <dl className="details__fields">
        {firstEvent && (
          <Field label={t('details.when')}>
            <EventTime event={firstEvent} zone={zone} storyDay={story.date} />
            {quote.occasion && <span className="details__role"> — {quote.occasion}</span>}
          </Field>
        )}
        {quote.eventIds.length > 0 && (
          <Field label={t('details.during')}>
            <ItemLinks kind="event" ids={quote.eventIds} />
          </Field>
        )}
        {quote.placeIds.length > 0 && (
          <Field label={t('details.where')}>
            <ItemLinks kind="place" ids={quote.placeIds} />
          </Field>
        )}
        {quote.note && <Field label={t('details.note')}>{quote.note}</Field>}
        <SourceList selection={{ kind: 'quote', id }} />
      </dl>
    </article>
  );
}
