import type { Problem } from '../data/problems';
import { count, nouns, plural } from '../words/plural';

interface Props {
  /** The file the problems are in, as the reader gave it. */
  file: string;
  problems: readonly Problem[];
  onRetry?: () => void;
}

/** A dataset that cannot be shown: every problem with its path, never a blank page. */
export function ProblemList({ file, problems, onRetry }: Props) {
  return (
    <div className="problems" role="alert">
      <h1 className="problems__title">This story could not be loaded</h1>
      <p>
        {plural(problems.length, { one: 'There is', other: 'There are' })}{' '}
        {count(problems.length, nouns('problem'))} in <code className="problems__file">{file}</code>
        :
      </p>
      <ul className="problems__list">
        {problems.map((p, i) => (
          // Problems have no ids; their order is stable for one load.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            {p.path ? <code>{p.path}</code> : <code>(file)</code>}: {p.message}
          </li>
        ))}
      </ul>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
