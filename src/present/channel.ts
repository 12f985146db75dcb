/**
 * The two windows of a presentation talk over `BroadcastChannel('dayline:<story id>')`: same
 * origin, same browser, no server. The presentation announces its stop; the presenter view
 * sends commands and, when it opens, asks where the presentation is.
 */

/** Presentation → presenter view: where the presentation is now. */
export interface StopAnnouncement {
  /** 0-based stop. */
  readonly step: number;
  /** False once the main window leaves presentation mode. */
  readonly present: boolean;
  readonly blackedOut: boolean;
}

/** Presenter view → presentation. */
export type PresenterCommand =
  | { readonly command: 'step'; readonly delta: number }
  | { readonly command: 'go'; readonly step: number }
  | { readonly command: 'blackout' }
  | { readonly command: 'hello' };

/** The channel's name for one story, so two stories presented at once do not cross. */
export function channelName(storyId: string): string {
  return `dayline:${storyId}`;
}

/** Opens the story's channel, or `null` where the browser has no BroadcastChannel. */
export function openChannel(storyId: string): BroadcastChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  return new BroadcastChannel(channelName(storyId));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStop = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Reads a message the presenter view received; anything else on the channel is `null`. */
export function readAnnouncement(data: unknown): StopAnnouncement | null {
  if (!isObject(data) || !isStop(data.step)) return null;
  return { step: data.step, present: data.present !== false, blackedOut: data.blackedOut === true };
}

/** Reads a message the presentation received; anything else on the channel is `null`. */
export function readCommand(data: unknown): PresenterCommand | null {
  if (!isObject(data)) return null;
  switch (data.command) {
    case 'step':
      return typeof data.delta === 'number' && Number.isInteger(data.delta) && data.delta !== 0
        ? { command: 'step', delta: Math.sign(data.delta) }
        : null;
    case 'go':
      return isStop(data.step) ? { command: 'go', step: data.step } : null;
    case 'blackout':
      return { command: 'blackout' };
    case 'hello':
      return { command: 'hello' };
    default:
      return null;
  }
}
