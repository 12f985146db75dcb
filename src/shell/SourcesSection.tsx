import { useStory } from '../state/hooks';

/** Every source of the story, with its link; links open in a new tab. */
export function SourcesSection() {
  const story = useStory();
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
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

/** A source's title, linked when it has an address (new tab, no opener). */
export function SourceLink({ source }: { source: { title: string; url?: string } }) {
  if (!source.url) return <cite>{source.title}</cite>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      <cite>{source.title}</cite>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
