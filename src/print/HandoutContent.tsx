import { useT } from '../i18n/i18n';
import { useAppState, useStory } from '../state/hooks';
import { formatEventTime } from '../story/eventTime';
import { resolveZone, zoneName } from '../time/zone';
import { HandoutFigure } from './HandoutFigure';
import { HandoutPlaces } from './HandoutPlaces';
import { HandoutSources } from './HandoutSources';
import { HandoutStops } from './HandoutStops';
import { HandoutTimeline } from './HandoutTimeline';

/**
 * The printed handout: the story on paper, in black on white, with nothing to click. Times are
 * in the zone the reader chose, as on screen.
 */
export function HandoutContent() {
  const story = useStory();
  const t = useT();
  const zoneChoice = useAppState((s) => s.zone);
  const zone = resolveZone(zoneChoice, story);
  const label = zoneName(zone, story.dayExtent[0]);
  const day = story.events.filter((e) => !e.context);
  const context = story.events.filter((e) => e.context);

  return (
    <article className="handout__page" aria-label={t('handout.label')}>
      <header className="handout__header">
        <p className="handout__brand">{t('handout.brand')}</p>
        <h1 className="handout__title">{story.title}</h1>
        {story.subtitle && <p className="handout__subtitle">{story.subtitle}</p>}
        {story.intro && <p className="handout__intro">{story.intro}</p>}
      </header>

      <section className="handout__section">
        <h2>{t('handout.glance')}</h2>
        <p className="handout__meta">{t('handout.meta', { zone: label })}</p>
        <HandoutTimeline events={day} zone={zone} storyDay={story.date} zoneLabel={label} />
        {context.length > 0 && (
          <>
            <h3>{t('handout.beforeAfter')}</h3>
            <ul className="handout__context">
              {context.map((e) => (
                <li key={e.id}>
                  <strong>{formatEventTime(e, zone, story.date)}</strong> {e.title}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {story.tour.length > 0 && (
        <section className="handout__section">
          <h2>{t('handout.tour')}</h2>
          <HandoutStops story={story} zone={zoneChoice} />
        </section>
      )}

      <section className="handout__section handout__section--places">
        <h2>{t('handout.where')}</h2>
        <HandoutFigure places={story.places} routes={story.routes} />
        <HandoutPlaces story={story} zone={zone} />
      </section>

      <section className="handout__section">
        <h2>{t('handout.sources')}</h2>
        <HandoutSources story={story} zone={zoneChoice} />
      </section>
    </article>
  );
}
