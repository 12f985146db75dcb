import { INSTANT_HOLD_MS, type PlayModel } from '../play/dayEvents';
import type { Story, StoryEvent } from '../story/types';

/** The stretch of the day a tour stop plays: from its event's start to its end. */
export interface StopSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * The event a stop is about, in the day: the stop's event; a quote's first event; the first event
 * at a place. `null` for a context event (another year) or a stop with no event in the day.
 */
function stopEvent(story: Story, model: PlayModel, index: number): StoryEvent | null {
  const selection = story.tour[index]?.selection;
  if (!selection) return null;
  const inDay = (e: StoryEvent | undefined): e is StoryEvent => !!e && !e.context;
  if (selection.kind === 'event') {
    const event = story.eventById.get(selection.id);
    return inDay(event) ? event : null;
  }
  if (selection.kind === 'quote') {
    const quote = story.quoteById.get(selection.id);
    return quote?.eventIds.map((id) => story.eventById.get(id)).find(inDay) ?? null;
  }
  return model.events.find((e) => e.placeIds.includes(selection.id)) ?? null;
}

/** Where a stop's event begins: its start, or for one known only by order, its window's start. */
function beginning(model: PlayModel, event: StoryEvent): number {
  return model.orderWindow(event)?.fromMs ?? event.startMs;
}

/**
 * The span presentation mode plays for stop `index`: its event from start to end. An event known
 * only by its order plays its whole window (some time between its neighbours, never a made-up
 * minute); an instant plays until the next stop begins, or for {@link INSTANT_HOLD_MS}. Held
 * inside the playable day; `null` when the stop has nothing in the day to play.
 */
export function stopSpan(story: Story, model: PlayModel, index: number): StopSpan | null {
  const event = stopEvent(story, model, index);
  if (!event) return null;
  const window = model.orderWindow(event);
  let from = beginning(model, event);
  let to: number;
  if (window) to = window.toMs;
  else if (event.endMs > event.startMs) to = event.endMs;
  else {
    const next = stopEvent(story, model, index + 1);
    const nextFrom = next ? beginning(model, next) : Number.NaN;
    to = nextFrom > from ? nextFrom : from + INSTANT_HOLD_MS;
  }
  [from, to] = [Math.max(model.range[0], from), Math.min(model.range[1], to)];
  return to > from ? { from, to } : null;
}
