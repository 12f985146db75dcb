import type { AmpResizeMessage, AppMessage } from './protocol';

/** Sends messages to the page that embeds the app. */
export type PostToHost = (message: AppMessage | AmpResizeMessage) => void;

/** True when this window is inside a frame, so there is a host to talk to. */
export function isFramed(win: Window = window): boolean {
  return win.parent !== win;
}

/**
 * Posts to `window.parent`: only to `origin` when the URL names one (the browser then drops the
 * message if the host is anyone else), else to any host, since the data is public.
 */
export function hostPoster(origin: string | null, win: Window = window): PostToHost {
  return (message) => {
    if (!isFramed(win)) return;
    try {
      win.parent.postMessage(message, origin ?? '*');
    } catch {
      // A host that went away, or a message the browser cannot clone: nothing to tell anyone.
    }
  };
}
