import { useT } from '../i18n/i18n';
import type { Story } from '../story/types';
import type { ZoneChoice } from '../time/zone';
import { handoutSources } from './handoutSources';

/** The sources with their addresses written out, since a reader of paper cannot click. */
export function HandoutSources({ story, zone }: { story: Story; zone: ZoneChoice }) {
  const t = useT();
  const sources = handoutSources(story, zone);
  const rest = story.sources.length - sources.length;
  return (
    <>
      {rest > 0 && (
        <p className="handout__meta">{t('handout.sourcesRest', { n: story.sources.length })}</p>
      )}
      <ol className="handout__sources">
        {sources.map((source) => (
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
    </>
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
