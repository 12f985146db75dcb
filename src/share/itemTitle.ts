import { quoteAccessibleName } from '../story/quoteLabel';
import type { Selection } from '../story/selection';
import { shownQuote } from '../story/translationLabel';
import type { Story } from '../story/types';

/** An item's name as readers see it: an event's title, a place's name, a quote's speaker and start. */
export function itemTitle(story: Story, selection: Selection): string {
  if (selection.kind === 'event') return story.eventById.get(selection.id)?.title ?? selection.id;
  if (selection.kind === 'place') return story.placeById.get(selection.id)?.name ?? selection.id;
  const quote = story.quoteById.get(selection.id);
  if (!quote) return selection.id;
  const speaker = story.personById.get(quote.speakerId);
  const shown = shownQuote(quote, story);
  return quoteAccessibleName(quote, speaker, shown.text, shown.lang);
}
