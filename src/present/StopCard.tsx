import type { Ref } from 'react';
import { useT } from '../i18n/i18n';
import { QuoteTranslations } from '../quotes/QuoteTranslations';
import { useStory } from '../state/hooks';
import type { StopContent } from '../story/stopContent';
import { SideMark } from '../ui/SideMark';
import { inQuoteMarks } from '../words/quoteMarks';

/** Props of the stop card's text. */
export interface StopCardProps {
  readonly content: StopContent;
  /** Receives focus when presentation mode starts, so keyboard and reader land on the stop. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** The title's heading level: 2 on its own, 3 under the presenter view's "Now". */
  readonly titleLevel?: 2 | 3;
}

/**
 * The large-type text of one stop: progress, title, time and place, the note, and the quote.
 * A polite live region, so a screen reader reads each new stop once it is shown.
 */
export function StopCard({ content, headingRef, titleLevel = 2 }: StopCardProps) {
  const { quote } = content;
  const Title = titleLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <StopText content={content} headingRef={headingRef} Title={Title} />
      {/* Outside the live region: opening the versions must not re-read the whole stop. */}
      {quote && <StopQuoteVersions id={quote.id} />}
    </>
  );
}

/** The original and other translations of the stop's quote, one press away. */
function StopQuoteVersions({ id }: { id: string }) {
  const story = useStory();
  const quote = story.quoteById.get(id);
  return quote ? (
    <div className="stop-card__versions">
      <QuoteTranslations quote={quote} />
    </div>
  ) : null;
}

function StopText({
  content,
  headingRef,
  Title,
}: {
  content: StopContent;
  headingRef?: Ref<HTMLHeadingElement>;
  Title: 'h2' | 'h3';
}) {
  const t = useT();
  const story = useStory();
  const { index, total, quote } = content;
  return (
    <div className="stop-card__text" aria-live="polite" aria-atomic="true">
      <p className="stop-card__progress">
        <span aria-hidden="true">
          {index + 1} / {total}
        </span>
        <span className="visually-hidden">{t('present.progress', { n: index + 1, total })}</span>
      </p>
      <ProgressMarks index={index} total={total} />
      <p className="stop-card__kind">{content.kindLabel}</p>
      <Title className="stop-card__title" tabIndex={-1} ref={headingRef} lang={content.titleLang}>
        {content.title}
      </Title>
      {(content.time || content.where) && (
        <p className="stop-card__when">
          {content.time && <span className="stop-card__time">{content.time}</span>}
          {content.time && content.where && ' · '}
          {content.where && <span className="stop-card__where">{content.where}</span>}
        </p>
      )}
      {content.note && (
        <p className="stop-card__note" lang={content.noteLang}>
          {content.note}
        </p>
      )}
      {quote && (
        <figure className="stop-card__quote">
          <blockquote className="stop-card__quote-text" lang={quote.lang}>
            <p>{inQuoteMarks(quote.text, quote.lang)}</p>
          </blockquote>
          {quote.line && <p className="stop-card__translated">{quote.line}</p>}
          {quote.also && (
            <p className="stop-card__translated">
              {quote.also.line}: <q lang={quote.also.lang}>{quote.also.text}</q>
            </p>
          )}
          <figcaption className="stop-card__quote-who">
            <SideMark side={quote.side} story={story} />{' '}
            <span className="stop-card__speaker">{quote.speaker}</span>
            {quote.occasion && <span>, {quote.occasion}</span>}
          </figcaption>
        </figure>
      )}
    </div>
  );
}

/** One mark per stop; the current one is taller and filled, so it never relies on colour. */
function ProgressMarks({ index, total }: { index: number; total: number }) {
  return (
    <ol className="stop-card__marks" aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        <li
          // Stops have no id of their own; their position is what the marks show.
          // biome-ignore lint/suspicious/noArrayIndexKey: a position, not an item
          key={i}
          className={`stop-card__mark${i === index ? ' stop-card__mark--current' : i < index ? ' stop-card__mark--done' : ''}`}
        />
      ))}
    </ol>
  );
}
