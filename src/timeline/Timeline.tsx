import { useItemState, useSelect, useStory } from '../state/hooks';
import type { StoryEvent } from '../story/model';

/** Placeholder timeline: a list of events (replaced by the D3 timeline). */
export function Timeline() {
  const story = useStory();
  return (
    <section data-view="timeline" aria-label="Timeline">
      {story.events.map((e) => (
        <EventItem key={e.id} event={e} />
      ))}
    </section>
  );
}

function EventItem({ event }: { event: StoryEvent }) {
  const state = useItemState('event', event.id);
  const select = useSelect();
  return (
    <button type="button" data-event-id={event.id} data-state={state} onClick={() => select({ kind: 'event', id: event.id })}>
      {event.title}
    </button>
  );
}
