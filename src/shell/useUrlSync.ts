import { useEffect } from 'react';
import { preferredLang } from '../i18n/preferred';
import { afterNextPaint } from '../render/afterNextPaint';
import { useStore, useStory } from '../state/hooks';
import { type Frame, parseUrl, serialiseUrl } from '../state/url';

/**
 * Keeps the address bar and the store in step: a new selection pushes a history entry (so Back
 * walks through earlier selections), other changes replace the entry; Back/Forward restore. The
 * address follows a frame after the change.
 */
export function useUrlSync(frame: Frame) {
  const store = useStore();
  const story = useStory();

  useEffect(
    function followStore() {
      // Written once the change has painted, in one write for all the changes before it: a
      // history entry costs milliseconds that the frame answering a click should not wait for.
      let newEntry = false;
      let cancel: (() => void) | null = null;
      const write = () => {
        cancel = null;
        const push = newEntry;
        newEntry = false;
        const search = serialiseUrl(store.get(), frame);
        if (search === window.location.search) return;
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (push) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      };
      const stop = store.subscribe((state, previous, source) => {
        if (source === 'url') {
          // Back or Forward: the address is already the state's.
          cancel?.();
          cancel = null;
          newEntry = false;
          return;
        }
        // In an iframe, history entries would land in the host page's Back button: replace instead.
        newEntry ||=
          !frame.embed &&
          source !== 'host' &&
          (state.selection !== previous.selection ||
            state.step !== previous.step ||
            state.present !== previous.present);
        cancel ??= afterNextPaint(write);
      });
      return () => {
        stop();
        // Leaving (or a new frame): what is waiting is written now, not lost.
        if (cancel) {
          cancel();
          write();
        }
      };
    },
    [store, frame],
  );

  useEffect(
    function followHistory() {
      const onPop = () => {
        const { state } = parseUrl(window.location.search);
        const selection = state.selection && story.has(state.selection) ? state.selection : null;
        store.set(
          {
            selection,
            zone: state.zone ?? 'story',
            view: state.view ?? 'all',
            present: state.present ?? false,
            step: state.step !== undefined && state.step < story.tour.length ? state.step : 0,
            t: state.t ?? null,
            lang: state.lang ?? preferredLang(),
          },
          'url',
        );
      };
      window.addEventListener('popstate', onPop);
      return () => window.removeEventListener('popstate', onPop);
    },
    [store, story],
  );
}
