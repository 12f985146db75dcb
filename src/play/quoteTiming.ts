import type { Story, StoryQuote } from '../story/types';
import { eventAt, type PlayModel } from './dayEvents';

/** A quote against the playhead: not yet said, said, or said at what is happening now. */
export type QuotePlayState = 'unsaid' | 'said' | 'current';

const moments = new WeakMap<PlayModel, Map<string, number | null>>();

/**
 * When a quote had certainly been said: once every event of the day it belongs to has started
 * (an order-only event counts from the end of its window). `null` for a quote tied only to events
 * outside the day, which playing leaves alone.
 */
export function quoteMoment(
  model: PlayModel,
  story: Pick<Story, 'eventById'>,
  quote: StoryQuote,
): number | null {
  let cache = moments.get(model);
  if (!cache) {
    cache = new Map();
    moments.set(model, cache);
  }
  const known = cache.get(quote.id);
  if (known !== undefined) return known;
  let moment: number | null = null;
  for (const id of quote.eventIds) {
    const event = story.eventById.get(id);
    if (!event || event.context) continue;
    const window = model.orderWindow(event);
    const start = window ? window.toMs : event.startMs;
    moment = moment === null ? start : Math.max(moment, start);
  }
  cache.set(quote.id, moment);
  return moment;
}

/** The quote's state at `t` (see {@link QuotePlayState}), or `null` for one outside the day. */
export function quotePlayState(
  model: PlayModel,
  story: Pick<Story, 'eventById'>,
  quote: StoryQuote,
  t: number,
): QuotePlayState | null {
  const moment = quoteMoment(model, story, quote);
  if (moment === null) return null;
  if (t < moment) return 'unsaid';
  const now = quote.eventIds.some((id) => {
    const event = story.eventById.get(id);
    return !!event && !event.context && eventAt(model, event, t).phase === 'now';
  });
  return now ? 'current' : 'said';
}
