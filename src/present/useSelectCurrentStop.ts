import { useEffect } from 'react';
import { useStore, useStory } from '../state/hooks';
import { goToStop } from '../state/tour';
import { sameSelection } from '../story/selection';

/**
 * In presentation mode the current stop's item is always shown. Entering (the button,
 * `present=1`, `step=N`) selects it; so does arriving at an entry without a selection (Back to
 * the `?present=1` the presentation was opened with). As the URL already names the stop, these
 * add no history entry.
 */
export function useSelectCurrentStop(): void {
  const store = useStore();
  const story = useStory();
  useEffect(
    function selectCurrentStop() {
      const showStop = () => {
        const { step, present } = store.get();
        if (present && story.tour[step]) goToStop(store, story, step, 'url');
      };
      const { step, selection } = store.get();
      const stop = story.tour[step];
      if (stop && !sameSelection(selection, stop.selection)) showStop();
      return store.subscribe((state) => {
        // After the other listeners have seen the change that emptied the selection.
        if (state.present && !state.selection) queueMicrotask(showStop);
      });
    },
    [store, story],
  );
}
