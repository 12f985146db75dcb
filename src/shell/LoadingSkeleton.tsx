import { useT } from '../i18n/i18n';
import { VIEW_INFO } from '../views/catalog';
import { hasBootShell } from './bootShell';

/**
 * What a reader sees while the story loads: the layout's outline, never a blank page. While the
 * page still shows the first screen from index.html (the same outline, with the default story's
 * header), that screen stands in for it.
 */
export function LoadingSkeleton({ embed }: { embed: boolean }) {
  const t = useT();
  if (hasBootShell()) return null;
  return (
    <div
      className={`app skeleton${embed ? ' app--embed' : ''}`}
      role="status"
      aria-live="polite"
      aria-busy="true"
    >
      <div className="skeleton__header">
        <div className="skeleton__bar skeleton__bar--title" />
        <div className="skeleton__bar" />
      </div>
      <div className="layout">
        {VIEW_INFO.map(({ id }) => (
          <div key={id} className={`panel panel--${id} skeleton__block`} />
        ))}
      </div>
      <p className="visually-hidden">{t('loading.story')}</p>
    </div>
  );
}
