import { memo } from 'react';
import { Rich, useT } from '../i18n/i18n';
import { useQuotePlayState } from '../play/useQuotePlayState';
import { useItemState, useSelect, useStory } from '../state/hooks';
import { shownQuote } from '../story/translationLabel';
import type { StoryQuote } from '../story/types';
import { SideMark } from '../ui/SideMark';
import { SourceLink } from '../ui/SourceLink';
import { inQuoteMarks } from '../words/quoteMarks';
import { AlsoShownVersion } from './AlsoShownVersion';
import { QuoteTranslations, TranslationLine } from './QuoteTranslations';

interface Props {
  quote: StoryQuote;
}

/**
 * One quote: the words, who said them, when, and the source. Selecting it links time and place.
 * A new selection changes the state of every row; only this shell re-renders for it, the words
 * and the lines below them (which do not depend on the state) stay as they were.
 */
export const QuoteItem = memo(function QuoteItem({ quote }: Props) {
  const t = useT();
  const state = useItemState('quote', quote.id);
  const play = useQuotePlayState(quote);
  const select = useSelect();

  return (
    <div className="quote" data-row-state={state} data-play={play}>
      <button
        type="button"
        className="quote__select"
        data-quote-id={quote.id}
        data-state={state}
        data-linked-word={t('quotes.linkedMark')}
        aria-pressed={state === 'selected'}
        onClick={() => select({ kind: 'quote', id: quote.id })}
      >
        <QuoteWords quote={quote} />
      </button>
      <QuoteNotes quote={quote} />
    </div>
  );
});

/** Who said it and the words, in the reader's language where a translation is sourced. */
const QuoteWords = memo(function QuoteWords({ quote }: Props) {
  const story = useStory();
  const speaker = story.personById.get(quote.speakerId);
  // The reader's language first (a translation, said so below); the original is one press away.
  const shown = shownQuote(quote, story);
  return (
    <>
      {/* The name comes from the content, speaker first: "Donald Trump (U.S. side): “…”". */}
      <span className="quote__who">
        <span className="quote__speaker" lang={story.langOf('people', quote.speakerId, 'name')}>
          {speaker?.name ?? quote.speakerId}
        </span>{' '}
        <SideMark side={speaker?.side} story={story} />
        <span className="visually-hidden">: </span>
      </span>
      <span className="quote__text" lang={shown.lang}>
        {inQuoteMarks(shown.text, shown.lang)}
      </span>
    </>
  );
});

/** The lines under the words: whose translation, the occasion and source, the other versions. */
const QuoteNotes = memo(function QuoteNotes({ quote }: Props) {
  const story = useStory();
  const occasion = quote.occasion ?? story.eventById.get(quote.eventIds[0] ?? '')?.title;
  // The source of the words shown: a translation's own, not the original's.
  const source = story.sourceById.get(shownQuote(quote, story).sourceIds[0] ?? '');
  return (
    <>
      <TranslationLine quote={quote} className="quote__translated" />
      <AlsoShownVersion quote={quote} />
      <p className="quote__source">
        {occasion && (
          <span
            className="quote__occasion"
            lang={
              quote.occasion
                ? story.langOf('quotes', quote.id, 'occasion')
                : story.langOf('events', quote.eventIds[0] ?? '', 'title')
            }
          >
            {occasion}
          </span>
        )}
        {occasion && source && ' · '}
        {source && <Rich id="quote.source" parts={{ source: <SourceLink source={source} /> }} />}
      </p>
      <div className="quote__versions">
        <QuoteTranslations quote={quote} />
      </div>
    </>
  );
});
