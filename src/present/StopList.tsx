import { useT } from '../i18n/i18n';
import { useAppState, useStory } from '../state/hooks';
import { describeTour } from '../story/stopContent';

/** Props of the list of every stop. */
export interface StopListProps {
  /** 0-based stop shown now. */
  readonly current: number;
  onGo(stop: number): void;
}

/** Every stop with its note, the current one marked; pressing one jumps the presentation there. */
export function StopList({ current, onGo }: StopListProps) {
  const story = useStory();
  const t = useT();
  const zone = useAppState((s) => s.zone);
  return (
    <section className="presenter__all" aria-labelledby="presenter-all">
      <h2 id="presenter-all" className="presenter__label">
        {t('presenter.all')}
      </h2>
      <ol className="presenter__stops">
        {describeTour(story, zone).map(({ index, key, content }) => {
          return (
            <li key={key} aria-current={index === current ? 'step' : undefined}>
              <button type="button" className="presenter__stop" onClick={() => onGo(index)}>
                <span className="presenter__stop-title">
                  {index + 1}. {content.listTitle}
                  {index === current && (
                    <span className="presenter__here">{t('presenter.here')}</span>
                  )}
                </span>
                {content.time && <span className="presenter__stop-time">{content.time}</span>}
                {content.note && <span className="presenter__stop-note">{content.note}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
