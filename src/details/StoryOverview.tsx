import { useStory } from '../state/hooks';

/** What the details panel says before anything is selected: how to use the explainer. */
export function StoryOverview() {
  const story = useStory();
  return (
    <div className="details__overview">
      {story.intro && <p className="details__intro">{story.intro}</p>}
      <p>
        Select an event on the timeline, a place on the map or a quote, and everything linked to it
        lights up in the other views.
      </p>
      <ul className="details__counts">
        <li>
          <strong>{story.events.length}</strong> events
        </li>
        <li>
          <strong>{story.places.length}</strong> places
        </li>
        <li>
          <strong>{story.quotes.length}</strong> quotes
        </li>
        <li>
          <strong>{story.sources.length}</strong> sources
        </li>
      </ul>
      <p className="details__hint">
        Keys: <kbd>Tab</kbd> to move, <kbd>←</kbd> <kbd>→</kbd> along the timeline, <kbd>Enter</kbd>{' '}
        to select, <kbd>Esc</kbd> to clear.
      </p>
    </div>
  );
}
