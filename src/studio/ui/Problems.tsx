import { count, nouns } from '../../words/plural';
import { describeProblem, type SheetProblem } from '../workbook';

interface Props {
  problems: readonly SheetProblem[];
  onShow(problem: SheetProblem): void;
}

const MAX_SHOWN = 200;

/** Every problem in spreadsheet terms; a click opens the cell it is about. */
export function Problems({ problems, onShow }: Props) {
  const errors = problems.filter((p) => p.level === 'error');
  const warnings = problems.filter((p) => p.level === 'warning');
  return (
    <section className="studio__problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="studio__h2">
        {errors.length === 0 ? 'No errors' : `${count(errors.length, nouns('error'))} to fix`}
        {warnings.length > 0 && `, ${count(warnings.length, nouns('note'))}`}
      </h2>
      {problems.length > 0 && (
        <ul className="studio__problem-list">
          {problems.slice(0, MAX_SHOWN).map((p, i) => (
            <li
              key={`${p.level}:${describeProblem(p)}:${i === 0 ? '' : i}`}
              className={`studio__problem studio__problem--${p.level}`}
            >
              <button type="button" className="link-button" onClick={() => onShow(p)}>
                <span className="studio__level">{p.level === 'error' ? 'Error' : 'Note'}:</span>{' '}
                {describeProblem(p)}
              </button>
            </li>
          ))}
          {problems.length > MAX_SHOWN && <li>…and {problems.length - MAX_SHOWN} more</li>}
        </ul>
      )}
    </section>
  );
}
