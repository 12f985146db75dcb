import { type CSSProperties, useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { usePlayClock } from '../play/usePlayClock';
import { useAppState, useStore, useStory } from '../state/hooks';
import { goToStop, stepTour } from '../state/tour';
import type { Frame } from '../state/url';
import { describeStop } from '../story/stopContent';
import { useFullscreen } from '../ui/useFullscreen';
import { BlackOut } from './BlackOut';
import type { PresentAction } from './keys';
import { PresentControls } from './PresentControls';
import { playStop } from './playStop';
import { openPresenterWindow } from './presenterWindow';
import { StopCard } from './StopCard';
import { stopSpan } from './stopSpan';
import { useAnnounceStops } from './useAnnounceStops';
import { useFitToBox } from './useFitToBox';
import { usePresentationKeys } from './usePresentationKeys';
import { useSelectCurrentStop } from './useSelectCurrentStop';

/** Props of presentation mode. */
export interface PresentationModeProps {
  readonly frame: Frame;
}

/**
 * Presentation mode over the live views: the stop card beside them, the clicker keys, full
 * screen, the black screen, and the channel to the presenter view. Every stop change goes
 * through `goToStop`/`stepTour`, so the views, the URL and an embedding host follow.
 */
export function PresentationMode({ frame }: PresentationModeProps) {
  const story = useStory();
  const store = useStore();
  const t = useT();
  const step = useAppState((s) => s.step);
  const zone = useAppState((s) => s.zone);
  const fullscreen = useFullscreen();
  const [blackedOut, setBlackedOut] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const toggleBlackout = useCallback(() => setBlackedOut((b) => !b), []);
  const wake = useCallback(() => setBlackedOut(false), []);
  const last = story.tour.length - 1;
  const clock = usePlayClock();
  const playing = useAppState((s) => s.playing);
  const span = stopSpan(story, clock.model, step);
  const play = () => playStop(store, clock, span);

  useSelectCurrentStop();
  const playedStep = useRef(step);
  useEffect(
    function pauseOnAnotherStop() {
      // A new stop is a new span: whatever was playing stops where it is.
      if (playedStep.current === step) return;
      playedStep.current = step;
      if (store.get().playing) store.set({ playing: false });
    },
    [store, step],
  );
  useAnnounceStops(blackedOut, toggleBlackout);
  useEffect(
    function focusTheStop() {
      // Inside an embed, taking focus on load would pull the host page's reader into the frame.
      if (!frame.embed) heading.current?.focus({ preventScroll: true });
    },
    [frame.embed],
  );

  const exit = useCallback(() => {
    fullscreen.exit();
    store.set({ present: false });
  }, [fullscreen, store]);

  const act = (action: PresentAction) => {
    switch (action.type) {
      case 'next':
        return stepTour(store, story, 1);
      case 'previous':
        return stepTour(store, story, -1);
      case 'first':
        return goToStop(store, story, 0);
      case 'last':
        return goToStop(store, story, last);
      case 'go':
        return goToStop(store, story, action.stop);
      case 'fullscreen':
        if (fullscreen.enabled) fullscreen.toggle();
        return;
      case 'blackout':
        return toggleBlackout();
      case 'play':
        return play();
      case 'escape':
        return fullscreen.active ? fullscreen.exit() : exit();
    }
  };
  const typed = usePresentationKeys(act, { blackedOut, onWake: wake });
  const content = describeStop(story, step, zone);
  const body = useRef<HTMLDivElement>(null);
  // Long words take a smaller size, so the whole stop shows on the screen without scrolling.
  const fit = useFitToBox(body, fitKey(content, step));

  return (
    <section className="stop-card" aria-label={t('present.label')}>
      {/* The stop's text scrolls if it must; the buttons below it always stay on the screen. */}
      <div ref={body} className="stop-card__body" style={{ '--stop-fit': fit } as CSSProperties}>
        {/* The page header is hidden while presenting; an embed keeps its own title bar. */}
        {!frame.embed && <h1 className="stop-card__story">{story.title}</h1>}
        {content ? (
          <StopCard content={content} headingRef={heading} />
        ) : (
          <h2 className="stop-card__title" tabIndex={-1} ref={heading}>
            {t('present.noTour')}
          </h2>
        )}
        {typed && (
          <p className="stop-card__typed" role="status">
            {t('present.goTo', { n: typed })}
          </p>
        )}
      </div>
      <PresentControls
        atFirst={step <= 0}
        atLast={step >= last}
        fullscreen={fullscreen}
        canOpenPresenter={!frame.embed && content !== null}
        canPlay={span !== null}
        playing={playing}
        onPlay={play}
        onPrevious={() => stepTour(store, story, -1)}
        onNext={() => stepTour(store, story, 1)}
        onBlackout={toggleBlackout}
        onPresenter={() => openPresenterWindow(store.get().step)}
        onExit={exit}
      />
      {blackedOut && <BlackOut onWake={wake} />}
    </section>
  );
}

/** What the stop card's size depends on: its words (in the reader's language and time zone). */
function fitKey(content: ReturnType<typeof describeStop>, step: number): string {
  if (!content) return String(step);
  const { title, time, where, note, quote } = content;
  return [step, title, time, where, note, quote?.text, quote?.line, quote?.also?.text].join('\n');
}
