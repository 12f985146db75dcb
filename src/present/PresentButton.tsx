import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n';
import { useAppState, useStore, useStory } from '../state/hooks';
import { clampStop } from '../state/tour';
import './present.css';

/**
 * Starts presentation mode at the current stop (the first, unless a `step=` said otherwise),
 * selecting it in the same change so one history entry leads into the presentation. Not shown
 * for a story without a tour.
 */
export function PresentButton() {
  const story = useStory();
  const store = useStore();
  const t = useT();
  const present = useAppState((s) => s.present);
  const button = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(present);

  useEffect(
    function returnFocusAfterPresenting() {
      // Leaving the presentation unmounts what had focus; the reader lands back here.
      const left = wasPresenting.current && !present;
      wasPresenting.current = present;
      if (left && (document.activeElement === document.body || !document.activeElement)) {
        button.current?.focus();
      }
    },
    [present],
  );

  if (story.tour.length === 0) return null;
  const start = () => {
    const step = clampStop(story, store.get().step);
    const stop = story.tour[step];
    store.set({ present: true, step, selection: stop?.selection ?? null });
  };
  return (
    <button
      ref={button}
      type="button"
      className="button button--primary present-start"
      onClick={start}
    >
      <span aria-hidden="true">{t('present.button')}</span>
      <span className="visually-hidden">{t('present.buttonFull', { n: story.tour.length })}</span>
    </button>
  );
}
