import { useEffect } from 'react';
import { useAppState, useStory } from '../state/hooks';
import { describeStop } from '../story/stopContent';
import type { PresentAction } from './keys';
import { PresenterClock } from './PresenterClock';
import { StopCard } from './StopCard';
import { StopList } from './StopList';
import { usePresentationKeys } from './usePresentationKeys';
import { type PresentationLink, usePresenterChannel } from './usePresenterChannel';
import './present.css';

const STATUS: Record<PresentationLink['status'], string> = {
  waiting: 'Waiting for the presentation: start presentation mode in the main window.',
  following: 'Following the presentation.',
  ended: 'The presentation has ended in the main window.',
  unsupported: 'This browser cannot link the two windows (no BroadcastChannel).',
};

/**
 * The teacher's second window: the current stop, the next one, every note, a clock. Its buttons
 * and keys (a clicker works here too) drive the presentation through the channel; what it
 * shows always comes back from the presentation, so the two windows cannot drift apart.
 */
export function PresenterScreen() {
  const story = useStory();
  const step = useAppState((s) => s.step);
  const zone = useAppState((s) => s.zone);
  const link = usePresenterChannel();
  const { send } = link;
  const now = describeStop(story, step, zone);
  const next = describeStop(story, step + 1, zone);

  useEffect(
    function nameTheWindow() {
      document.title = `Presenter view — ${story.title}`;
    },
    [story.title],
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
          Presenter view <span className="presenter__story">{story.title}</span>
        </h1>
        <p className="presenter__status" role="status">
          {STATUS[link.status]}
          {link.blackedOut && <strong> The screen is black.</strong>}
          {typed && ` Go to stop ${typed}: press Enter.`}
        </p>
      </header>
      <div className="presenter__grid">
        <section className="presenter__now" aria-labelledby="presenter-now">
          <h2 id="presenter-now" className="presenter__label">
            Now
          </h2>
          {now ? <StopCard content={now} titleLevel={3} /> : <p>This story has no tour.</p>}
        </section>
        <div className="presenter__side">
          <nav className="presenter__nav" aria-label="Stops">
            <button
              type="button"
              className="button present-button"
              onClick={() => send({ command: 'step', delta: -1 })}
            >
              <span aria-hidden="true">←</span> Previous stop
            </button>
            <button
              type="button"
              className="button button--primary present-button"
              onClick={() => send({ command: 'step', delta: 1 })}
            >
              Next stop <span aria-hidden="true">→</span>
            </button>
            <button
              type="button"
              className="button present-button"
              onClick={() => send({ command: 'blackout' })}
            >
              {link.blackedOut ? 'Show the screen' : 'Black screen'}
            </button>
          </nav>
          <section className="presenter__next" aria-labelledby="presenter-next">
            <h2 id="presenter-next" className="presenter__label">
              Next
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
              <p className="presenter__next-title">The end of the tour.</p>
            )}
          </section>
          <PresenterClock />
        </div>
      </div>
      <StopList current={step} onGo={(stop) => send({ command: 'go', step: stop })} />
    </main>
  );
}
