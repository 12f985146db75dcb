import { useEffect } from 'react';
import { type MessageId, useT } from '../i18n/i18n';
import { useAppState, useStory } from '../state/hooks';
import { describeStop } from '../story/stopContent';
import type { PresentAction } from './keys';
import { PresenterClock } from './PresenterClock';
import { StopCard } from './StopCard';
import { StopList } from './StopList';
import { usePresentationKeys } from './usePresentationKeys';
import { type PresentationLink, usePresenterChannel } from './usePresenterChannel';
import './present.css';

const STATUS: Record<PresentationLink['status'], MessageId> = {
  waiting: 'presenter.waiting',
  following: 'presenter.following',
  ended: 'presenter.ended',
  unsupported: 'presenter.unsupported',
};

/**
 * The teacher's second window: the current stop, the next one, every note, a clock. Its buttons
 * and keys (a clicker works here too) drive the presentation through the channel; what it
 * shows always comes back from the presentation, so the two windows cannot drift apart.
 */
export function PresenterScreen() {
  const story = useStory();
  const t = useT();
  const step = useAppState((s) => s.step);
  const zone = useAppState((s) => s.zone);
  const link = usePresenterChannel();
  const { send } = link;
  const now = describeStop(story, step, zone);
  const next = describeStop(story, step + 1, zone);

  useEffect(
    function nameTheWindow() {
      document.title = t('presenter.windowTitle', { title: story.title });
    },
    [story.title, t],
  );

  const act = (action: PresentAction) => {
    if (action.type === 'next') send({ command: 'step', delta: 1 });
    else if (action.type === 'previous') send({ command: 'step', delta: -1 });
    else if (action.type === 'first') send({ command: 'go', step: 0 });
    else if (action.type === 'last') send({ command: 'go', step: story.tour.length - 1 });
    else if (action.type === 'go') send({ command: 'go', step: action.stop });
    else if (action.type === 'blackout') send({ command: 'blackout' });
  };
  const typed = usePresentationKeys(act);

  return (
    <main className="presenter" aria-labelledby="presenter-heading">
      <header className="presenter__header">
        <h1 id="presenter-heading" className="presenter__heading">
          {t('presenter.heading')} <span className="presenter__story">{story.title}</span>
        </h1>
        <p className="presenter__status" role="status">
          {t(STATUS[link.status])}
          {link.blackedOut && <strong>{t('presenter.black')}</strong>}
          {typed && t('presenter.goTo', { n: typed })}
        </p>
      </header>
      <div className="presenter__grid">
        <section className="presenter__now" aria-labelledby="presenter-now">
          <h2 id="presenter-now" className="presenter__label">
            {t('presenter.now')}
          </h2>
          {now ? <StopCard content={now} titleLevel={3} /> : <p>{t('presenter.noTour')}</p>}
        </section>
        <div className="presenter__side">
          <nav className="presenter__nav" aria-label={t('presenter.stops')}>
            <button
              type="button"
              className="button present-button"
              onClick={() => send({ command: 'step', delta: -1 })}
            >
              <span aria-hidden="true">←</span> {t('present.previous')}
            </button>
            <button
              type="button"
              className="button button--primary present-button"
              onClick={() => send({ command: 'step', delta: 1 })}
            >
              {t('present.next')} <span aria-hidden="true">→</span>
            </button>
            <button
              type="button"
              className="button present-button"
              onClick={() => send({ command: 'blackout' })}
            >
              {link.blackedOut ? t('present.showScreen') : t('present.black')}
            </button>
          </nav>
          <section className="presenter__next" aria-labelledby="presenter-next">
            <h2 id="presenter-next" className="presenter__label">
              {t('presenter.nextLabel')}
            </h2>
            {next ? (
              <>
                <p className="presenter__next-title">
                  {next.index + 1}. {next.listTitle}
                  {next.time && <span className="presenter__next-time"> · {next.time}</span>}
                </p>
                {next.note && <p className="presenter__next-note">{next.note}</p>}
              </>
            ) : (
              <p className="presenter__next-title">{t('presenter.end')}</p>
            )}
          </section>
          <PresenterClock />
        </div>
      </div>
      <StopList current={step} onGo={(stop) => send({ command: 'go', step: stop })} />
    </main>
  );
}
