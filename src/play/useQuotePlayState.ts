import { useStory } from '../state/hooks';
import type { StoryQuote } from '../story/types';
import { type QuotePlayState, quotePlayState } from './quoteTiming';
import { useClockPhase, usePlayClock } from './usePlayClock';
import './play.css';

/**
 * The quote against the playhead, for its `data-play` attribute (styled in play.css); `undefined`
 * while no time is set. Re-renders the quote only when its own state changes.
 */
export function useQuotePlayState(quote: StoryQuote): QuotePlayState | undefined {
  const story = useStory();
  const clock = usePlayClock();
  return useClockPhase(
    (t) => (t === null ? undefined : (quotePlayState(clock.model, story, quote, t) ?? undefined)),
    [clock, story, quote],
  );
}
