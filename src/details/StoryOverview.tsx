import { useStory } from '../state/hooks';
import { nouns, plural } from '../words/plural';

/** What the details panel says before anything is selected: how to use the explainer. */
export function StoryOverview() {
  const story = useStory();
  return (
    <div className="details__overview">
      {story.intro && (
        <p className="details__intro" lang={story.langOf('', '', 'intro')}>
          {story.intro}
        </p>
      )}
      <p>
        Select an event on the timeline, a place on the map or a quote, and everything linked to it
        lights up in the other views.
      </p>
      <ul className="details__counts">
        <li>
          <strong>{story.events.length}</strong> {plural(story.events.length, nouns('event'))}
        </li>
        <li>
          <strong>{story.places.length}</strong> {plural(story.places.length, nouns('place'))}
        </li>
        <li>
          <strong>{story.quotes.length}</strong> {plural(story.quotes.length, nouns('quote'))}
        </li>
        <li>
          <strong>{story.sources.length}</strong> {plural(story.sources.length, nouns('source'))}
        </li>
      </ul>
      <p className="details__hint">
        Keys: <kbd>Tab</kbd> to move, <kbd>←</kbd> <kbd>→</kbd> along the timeline, <kbd>Enter</kbd>{' '}
        to select, <kbd>Esc</kbd> to clear.
      </p>
    </div>
  );
}
