import { type RefObject, useEffect } from 'react';
import type { StoryQuote } from '../story/types';
import { QuoteItem } from './QuoteItem';
import { useVirtualRows } from './useVirtualRows';

/** Scrolls the list so that row `index` is at its top. */
export type ScrollToRow = (index: number, behavior: ScrollBehavior) => void;

const ROW_ESTIMATE_PX = 120;

/**
 * A long list of quotes, windowed: only the rows near the viewport are in the DOM. A chunk of its
 * own (with TanStack Virtual), loaded only for a story with more quotes than `VIRTUALISE_ABOVE`.
 */
export default function VirtualQuoteList({
  quotes,
  scroller,
  scrollTo,
}: {
  quotes: readonly StoryQuote[];
  scroller: RefObject<HTMLElement | null>;
  /** Filled with this list's `scrollToIndex` while it is mounted. */
  scrollTo: RefObject<ScrollToRow | null>;
}) {
  const rows = useVirtualRows(quotes.length, ROW_ESTIMATE_PX, scroller);
  const scrollToIndex = rows.scrollToIndex;
  useEffect(() => {
    scrollTo.current = scrollToIndex;
    return () => {
      scrollTo.current = null;
    };
  }, [scrollTo, scrollToIndex]);
  return (
    <ul className="quotes__list quotes__list--virtual" style={{ height: rows.totalHeight }}>
      {rows.rows.map(({ index, start }) => {
        const q = quotes[index];
        if (!q) return null;
        return (
          <li
            key={q.id}
            data-index={index}
            ref={rows.measureRow}
            className="quotes__row"
            style={{ transform: `translateY(${start}px)` }}
          >
            <QuoteItem quote={q} />
          </li>
        );
      })}
    </ul>
  );
}
