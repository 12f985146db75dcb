import { useT } from '../i18n/i18n';

/**
 * A source's title, linked when it has an address (new tab, no opener), in the source's language
 * so that a Russian title is read as Russian.
 */
export function SourceLink({ source }: { source: { title: string; url?: string; lang?: string } }) {
  const t = useT();
  if (!source.url) return <cite lang={source.lang}>{source.title}</cite>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      <cite lang={source.lang}>{source.title}</cite>
      <span className="visually-hidden">{t('source.newTab')}</span>
    </a>
  );
}
