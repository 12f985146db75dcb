import type { Story } from '../story/model';

/** The sources with their addresses written out, since a reader of paper cannot click. */
export function HandoutSources({ story }: { story: Story }) {
  return (
    <ol className="handout__sources">
      {story.sources.map((source) => (
        <li key={source.id}>
          <cite>{source.title}</cite>
          {source.publisher && `, ${source.publisher}`}
          {source.date && `, ${source.date}`}
          {source.url && (
            <>
              {'. '}
              <span className="handout__url">{readableUrl(source.url)}</span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

/** `…/Elmendorf–Richardson` rather than `…/Elmendorf%E2%80%93Richardson`: it is read, then typed. */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
