import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore, useStory } from '../state/hooks';
import { goToStop } from '../state/tour';
import { openChannel, type PresenterCommand, readAnnouncement } from './channel';

/** What the presenter view knows about the presentation window. */
export interface PresentationLink {
  /** `waiting` until the presentation answers; `ended` after it left presentation mode. */
  readonly status: 'waiting' | 'following' | 'ended' | 'unsupported';
  readonly blackedOut: boolean;
  /** Sends a command to the presentation (nothing happens while no presentation listens). */
  send(command: PresenterCommand): void;
}

/**
 * The presenter view's side of the channel: says hello so the presentation tells it the current
 * stop, then follows every announced stop in its own store.
 */
export function usePresenterChannel(): PresentationLink {
  const store = useStore();
  const story = useStory();
  const channel = useRef<BroadcastChannel | null>(null);
  const [status, setStatus] = useState<PresentationLink['status']>('waiting');
  const [blackedOut, setBlackedOut] = useState(false);

  useEffect(
    function followPresentation() {
      const opened = openChannel(story.id);
      if (!opened) {
        setStatus('unsupported');
        return;
      }
      channel.current = opened;
      opened.onmessage = (event: MessageEvent) => {
        const announcement = readAnnouncement(event.data);
        if (!announcement) return;
        setStatus(announcement.present ? 'following' : 'ended');
        setBlackedOut(announcement.blackedOut);
        if (announcement.present) goToStop(store, story, announcement.step, 'url');
      };
      const hello: PresenterCommand = { command: 'hello' };
      opened.postMessage(hello);
      return () => {
        opened.close();
        channel.current = null;
      };
    },
    [store, story],
  );

  const send = useCallback((command: PresenterCommand) => {
    channel.current?.postMessage(command);
  }, []);

  return { status, blackedOut, send };
}
