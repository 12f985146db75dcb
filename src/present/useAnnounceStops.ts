import { useEffect, useRef } from 'react';
import { useStore, useStory } from '../state/hooks';
import { goToStop, stepTour } from '../state/tour';
import { openChannel, readCommand, type StopAnnouncement } from './channel';

/**
 * The presentation's side of the presenter channel: announces every stop change (and the black
 * screen), answers a presenter view that says hello, and obeys its commands through the same
 * `goToStop`/`stepTour` the keys use. Says `present: false` when presentation mode ends.
 */
export function useAnnounceStops(blackedOut: boolean, toggleBlackout: () => void): void {
  const store = useStore();
  const story = useStory();
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ blackedOut, toggleBlackout });
  latest.current = { blackedOut, toggleBlackout };

  useEffect(
    function openPresenterChannel() {
      const opened = openChannel(story.id);
      if (!opened) return;
      channel.current = opened;
      const announce = () => {
        const message: StopAnnouncement = {
          step: store.get().step,
          present: true,
          blackedOut: latest.current.blackedOut,
        };
        opened.postMessage(message);
      };
      opened.onmessage = (event: MessageEvent) => {
        const command = readCommand(event.data);
        if (!command) return;
        if (command.command === 'hello') announce();
        else if (command.command === 'step') stepTour(store, story, command.delta);
        else if (command.command === 'go') goToStop(store, story, command.step);
        else latest.current.toggleBlackout();
      };
      const stopListening = store.subscribe((state, previous) => {
        if (state.step !== previous.step) announce();
      });
      announce();
      return () => {
        stopListening();
        const last: StopAnnouncement = {
          step: store.get().step,
          present: false,
          blackedOut: false,
        };
        opened.postMessage(last);
        opened.close();
        channel.current = null;
      };
    },
    [store, story],
  );

  useEffect(
    function announceBlackout() {
      const message: StopAnnouncement = { step: store.get().step, present: true, blackedOut };
      channel.current?.postMessage(message);
    },
    [blackedOut, store],
  );
}
