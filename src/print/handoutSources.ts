import { describeStop } from '../story/stopContent';
import type { Story, StorySource } from '../story/types';
import type { ZoneChoice } from '../time/zone';

/**
 * The sources of what the handout prints about its tour: each stop's item and the words it
 * quotes (with their translations). A deep story cites far more than a sheet of paper can list;
 * the rest stay one click away in the app.
 */
export function handoutSources(story: Story, zone: ZoneChoice): StorySource[] {
  const ids = new Set<string>();
  const add = (list: readonly string[] | undefined) => {
    for (const id of list ?? []) ids.add(id);
  };
  story.tour.forEach((stop, index) => {
    const { kind, id } = stop.selection;
    if (kind === 'event') add(story.eventById.get(id)?.sourceIds);
    if (kind === 'place') add(story.placeById.get(id)?.sourceIds);
    const quoteId = describeStop(story, index, zone)?.quote?.id ?? (kind === 'quote' ? id : '');
    const quote = story.quoteById.get(quoteId);
    add(quote?.sourceIds);
    for (const t of quote?.translations ?? []) add(t.sourceIds);
  });
  return story.sources.filter((s) => ids.has(s.id));
}
