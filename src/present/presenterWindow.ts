/** The window name, so pressing the button again brings back the same presenter window. */
export const PRESENTER_WINDOW_NAME = 'dayline-presenter';

/** Settings the presenter view shares with the presentation; the rest (selection…) follow it. */
const SHARED_KEYS = ['data', 'tz'];

/**
 * The presenter view's address: this page with `presenter=1`, the same story (`data=`) and time
 * zone (`tz=`), and the current stop, so it shows the right stop before the channel answers.
 */
export function presenterUrl(current: string, step: number): string {
  const url = new URL(current);
  const params = new URLSearchParams();
  for (const key of SHARED_KEYS) {
    const value = url.searchParams.get(key);
    if (value !== null) params.set(key, value);
  }
  params.set('presenter', '1');
  params.set('step', String(step + 1));
  url.search = params.toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  url.hash = '';
  return url.href;
}

/** Opens (or focuses) the presenter window; returns false when a pop-up blocker refused it. */
export function openPresenterWindow(step: number): boolean {
  const opened = window.open(
    presenterUrl(window.location.href, step),
    PRESENTER_WINDOW_NAME,
    'popup,width=1100,height=760',
  );
  opened?.focus();
  return opened !== null;
}
