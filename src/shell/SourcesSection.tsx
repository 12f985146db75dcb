import { useT } from '../i18n/i18n';
import { useStory } from '../state/hooks';
import { SourceLink } from '../ui/SourceLink';

/** Every source of the story, with its link; links open in a new tab. */
export function SourcesSection() {
  const story = useStory();
  const t = useT();
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sources.title')}</h2>
      <ol className="sources__list">
        {story.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceLink source={s} />
            {s.publisher && <span className="sources__publisher"> — {s.publisher}</span>}
            {s.date && <span className="sources__date">, {s.date}</span>}
            {s.note && <span className="sources__note">. {s.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
