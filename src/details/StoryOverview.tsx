import { Rich, useT } from '../i18n/i18n';
import { useStory } from '../state/hooks';

/** What the details panel says before anything is selected: how to use the explainer. */
export function StoryOverview() {
  const story = useStory();
  const t = useT();
  return (
    <div className="details__overview">
      {story.intro && (
        <p className="details__intro" lang={story.langOf('', '', 'intro')}>
          {story.intro}
        </p>
      )}
      <p>{t('details.howTo')}</p>
      <ul className="details__counts">
        <li>
          <strong>{story.events.length}</strong>{' '}
          {t('details.eventsNoun', { n: story.events.length })}
        </li>
        <li>
          <strong>{story.places.length}</strong>{' '}
          {t('details.placesNoun', { n: story.places.length })}
        </li>
        <li>
          <strong>{story.quotes.length}</strong>{' '}
          {t('details.quotesNoun', { n: story.quotes.length })}
        </li>
        <li>
          <strong>{story.sources.length}</strong>{' '}
          {t('details.sourcesNoun', { n: story.sources.length })}
        </li>
      </ul>
      <p className="details__hint">
        <Rich
          id="details.keys"
          parts={{
            tab: <kbd>Tab</kbd>,
            left: <kbd>←</kbd>,
            right: <kbd>→</kbd>,
            enter: <kbd>Enter</kbd>,
            esc: <kbd>Esc</kbd>,
          }}
        />
      </p>
    </div>
  );
}
