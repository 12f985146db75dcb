import { lazy, type MouseEvent, Suspense, useEffect, useMemo, useRef } from 'react';
import { type Translate, useT } from '../i18n/i18n';
import { afterNextPaint } from '../render/afterNextPaint';
import { useAppState, useStore, useStory } from '../state/hooks';
import type { Selection } from '../story/selection';
import type { StoryQuote } from '../story/types';
import { prefersReducedMotion } from '../ui/media';
import { SideKey } from '../ui/SideMark';
import { keepRowAtTop } from './keepRowAtTop';
import { QuoteItem } from './QuoteItem';
import { quoteToReveal, scrollTopFor } from './revealQuote';
import { SpeakerFilter } from './SpeakerFilter';
import { useRowsDrawnOnce } from './useRowsDrawnOnce';
import type { ScrollToRow } from './VirtualQuoteList';
import './quotes.css';

/** Up to this many quotes are all in the DOM; longer lists are windowed. */
export const VIRTUALISE_ABOVE = 300;
/** Rows a long list shows while its windowing code loads. */
const FIRST_ROWS = 20;

// Only a long list needs the windowing code (TanStack Virtual): a chunk of its own.
const VirtualQuoteList = lazy(() => import('./VirtualQuoteList'));

/** Every quote with speaker, occasion and source; related ones light up and scroll into view. */
export function QuotesView() {
  const story = useStory();
  const store = useStore();
  const t = useT();
  const speakers = useAppState((s) => s.speakers);
  const quotes = useMemo(() => {
    if (!speakers) return story.quotes;
    const wanted = new Set(speakers);
    return story.quotes.filter((q) => wanted.has(q.speakerId));
  }, [story, speakers]);

  const sides = useMemo(
    () => [...new Set(story.quotes.map((q) => story.personById.get(q.speakerId)?.side ?? ''))],
    [story],
  );

  const indexOf = useMemo(() => new Map(quotes.map((q, i) => [q.id, i])), [quotes]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = quotes.length > VIRTUALISE_ABOVE;
  const scrollToRow = useRef<ScrollToRow | null>(null);

  // The quote the reader last picked in the list itself: that selection must not move the list.
  const pickedInList = useRef<string | null>(null);
  const notePick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target.closest('[data-quote-id]') : null;
    pickedInList.current = target?.getAttribute('data-quote-id') ?? null;
  };

  useEffect(
    function revealRelatedQuotes() {
      let cancel = () => {};
      let stopHolding = () => {};
      const reveal = (
        selection: Selection | null,
        previous: Selection | null,
        opening: boolean,
      ) => {
        const index = quoteToReveal(story, {
          selection,
          previous,
          pickedInList: pickedInList.current,
          indexOf,
        });
        pickedInList.current = null;
        const id = index === null ? undefined : quotes[index]?.id;
        if (index === null || id === undefined) return;
        // The page opens on its selection's quotes; later selections glide there.
        const behavior: ScrollBehavior = opening || prefersReducedMotion() ? 'auto' : 'smooth';
        cancel();
        stopHolding();
        // After the selection has painted: the list follows a frame later, never delays it.
        cancel = afterNextPaint(() => {
          if (virtual && scrollToRow.current) {
            scrollToRow.current(index, behavior);
            return;
          }
          // Only the list scrolls (scrollIntoView would move the page too).
          const el = scroller.current;
          const row = el
            ?.querySelector(`[data-quote-id="${CSS.escape(id)}"]`)
            ?.closest('.quotes__row');
          if (!el || !row) return;
          const top = scrollTopFor(el, row);
          const moves = Math.abs(top - el.scrollTop) >= 1;
          if (moves) el.scrollTo({ top, behavior });
          stopHolding = keepRowAtTop(el, row, { gliding: moves && behavior === 'smooth' });
        });
      };
      // A selection the page opened with (its address, a presentation's stop) is revealed too.
      reveal(store.get().selection, null, true);
      const stop = store.subscribe((state, previous) => {
        if (state.selection !== previous.selection) {
          reveal(state.selection, previous.selection, false);
        }
      });
      return () => {
        stop();
        cancel();
        stopHolding();
      };
    },
    [store, story, quotes, indexOf, virtual],
  );

  const selectedQuote = useAppState((s) => (s.selection?.kind === 'quote' ? s.selection.id : null));
  // Counted from the selection's links, not by asking every quote: a story may have 10,000.
  const relatedCount = useAppState((s) => {
    if (!s.selection || s.selection.kind === 'quote') return -1;
    const wanted = speakers ? new Set(speakers) : null;
    let n = 0;
    for (const key of story.relatedTo(s.selection)) {
      if (!key.startsWith('quote:')) continue;
      const quote = story.quoteById.get(key.slice('quote:'.length));
      if (quote && (!wanted || wanted.has(quote.speakerId))) n++;
    }
    return n;
  });

  return (
    <section data-view="quotes" className="quotes" aria-labelledby="quotes-heading">
      <div className="panel-heading">
        <h2 id="quotes-heading" className="quotes__heading">
          {t('quotes.title')}
        </h2>
        <span className="quotes__count" aria-live="polite">
          {quoteCountText(selectedQuote, relatedCount, quotes.length, indexOf, t)}
        </span>
      </div>
      <SpeakerFilter />
      <SideKey sides={sides} />
      <div className="quotes__scroller" ref={scroller} onClickCapture={notePick}>
        {quotes.length === 0 && <p className="quotes__empty">{t('quotes.none')}</p>}
        {virtual ? (
          <Suspense fallback={<QuoteRows quotes={quotes.slice(0, FIRST_ROWS)} />}>
            <VirtualQuoteList quotes={quotes} scroller={scroller} scrollTo={scrollToRow} />
          </Suspense>
        ) : (
          <QuoteRows quotes={quotes} />
        )}
      </div>
    </section>
  );
}

/**
 * Every quote given, in the DOM. Rows out of the list's view skip their layout until the reader
 * scrolls near them; each is drawn once in an idle moment so that its height is known.
 */
function QuoteRows({ quotes }: { quotes: readonly StoryQuote[] }) {
  const [drawFrom, drawTo] = useRowsDrawnOnce(quotes);
  return (
    <ul className="quotes__list quotes__list--all">
      {quotes.map((q, i) => (
        <li
          key={q.id}
          className={i >= drawFrom && i < drawTo ? 'quotes__row quotes__row--draw' : 'quotes__row'}
        >
          <QuoteItem quote={q} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The count beside the heading, true for each kind of selection: how many quotes there are;
 * how many are linked to a selected event or place; where a selected quote sits in the list (a
 * quote is not linked to other quotes, so "0 of 7 linked" would say nothing true).
 */
function quoteCountText(
  selectedQuote: string | null,
  relatedCount: number,
  total: number,
  indexOf: ReadonlyMap<string, number>,
  t: Translate,
): string {
  const position = selectedQuote === null ? undefined : indexOf.get(selectedQuote);
  if (position !== undefined) return t('quotes.position', { n: position + 1, total });
  if (relatedCount >= 0) return t('quotes.linked', { n: relatedCount, total });
  return t('count.quotes', { n: total });
}
