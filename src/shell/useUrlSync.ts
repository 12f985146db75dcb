import { useEffect } from 'react';
import { preferredLang } from '../i18n/preferred';
import { useStore, useStory } from '../state/hooks';
import { type Frame, parseUrl, serialiseUrl } from '../state/url';

/**
 * Keeps the address bar and the store in step: a new selection pushes a history entry (so Back
 * walks through earlier selections), other changes replace the entry; Back/Forward restore.
 */
export function useUrlSync(frame: Frame) {
  const store = useStore();
  const story = useStory();

  useEffect(
    function followStore() {
      return store.subscribe((state, previous, source) => {
        if (source === 'url') return;
        const search = serialiseUrl(state, frame);
        if (search === window.location.search) return;
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        // In an iframe, history entries would land in the host page's Back button: replace instead.
        const newEntry =
          !frame.embed &&
          source !== 'host' &&
          (state.selection !== previous.selection ||
            state.step !== previous.step ||
            state.present !== previous.present);
        if (newEntry) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      });
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
