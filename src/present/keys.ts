/** What a key press asks presentation mode to do. `go` carries a 0-based stop. */
export type PresentAction =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'go'; readonly stop: number }
  | { readonly type: 'fullscreen' }
  | { readonly type: 'blackout' }
  /** Play (or pause) the stop's span of the day. */
  | { readonly type: 'play' }
  | { readonly type: 'escape' };

/** The result of one key: the action (if any) and the stop number typed so far. */
export interface KeyReading {
  readonly action: PresentAction | null;
  /** Digits typed towards a jump (`"1"`, then `"12"`), cleared by any other key. */
  readonly typed: string;
}

/** A stop number longer than this is a mistake, not a stop. */
const MAX_TYPED = 4;

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/**
 * Reads one key of presentation mode (DESIGN.md, issue 5): → PageDown Space Enter go on,
 * ← PageUp Backspace go back, Home/End, digits then Enter jump, F full screen, B or . black
 * screen, P plays the stop's span of the day, Esc leaves. Returns `null` for keys presentation mode leaves to the page.
 */
export function readPresentationKey(key: string, typed: string): KeyReading | null {
  if (/^[0-9]$/.test(key)) {
    return { action: null, typed: (typed + key).slice(-MAX_TYPED) };
  }
  if (key === 'Enter') {
    const stop = Number(typed);
    return typed && stop >= 1
      ? { action: { type: 'go', stop: stop - 1 }, typed: '' }
      : { action: { type: 'next' }, typed: '' };
  }
  if (key === 'Backspace') {
    return typed
      ? { action: null, typed: typed.slice(0, -1) }
      : { action: { type: 'previous' }, typed: '' };
  }
  if (key === 'Escape' && typed) return { action: null, typed: '' };
  const action = actionOf(key);
  return action ? { action, typed: '' } : null;
}

function actionOf(key: string): PresentAction | null {
  if (NEXT.has(key)) return { type: 'next' };
  if (PREVIOUS.has(key)) return { type: 'previous' };
  switch (key) {
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blackout' };
    case 'p':
    case 'P':
      return { type: 'play' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return null;
  }
}
