import type { Problem } from '../data/problems';
import { Rich, useT } from '../i18n/i18n';

interface Props {
  /** The file the problems are in, as the reader gave it. */
  file: string;
  problems: readonly Problem[];
  onRetry?: () => void;
}

/** A dataset that cannot be shown: every problem with its path, never a blank page. */
export function ProblemList({ file, problems, onRetry }: Props) {
  const t = useT();
  return (
    <div className="problems" role="alert">
      <h1 className="problems__title">{t('problems.title')}</h1>
      <p>
        <Rich
          id="problems.count"
          values={{ count: problems.length }}
          parts={{ file: <code className="problems__file">{file}</code> }}
        />
      </p>
      <ul className="problems__list">
        {problems.map((p, i) => (
          // Problems have no ids; their order is stable for one load.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            {p.path ? <code>{p.path}</code> : <code>{t('problems.file')}</code>}:{' '}
            {p.phrase ? t(p.phrase.id, p.phrase.values) : p.message}
          </li>
        ))}
      </ul>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('problems.retry')}
        </button>
      )}
    </div>
  );
}
