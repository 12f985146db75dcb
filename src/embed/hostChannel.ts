import type { AppState, Store } from '../state/store';
import { clampStop } from '../state/tour';
import { sameSelection } from '../story/selection';
import type { Story } from '../story/types';
import type { PostToHost } from './postToHost';
import { type HostCommand, readHostMessage, selectMessage } from './protocol';

/** What the host channel needs; `schedule` defaults to the next animation frame. */
export interface HostChannelOptions {
  readonly story: Story;
  readonly store: Store;
  /** With `origin=`, the only origin whose messages count. */
  readonly origin: string | null;
  readonly post: PostToHost;
  readonly schedule?: (flush: () => void) => () => void;
}

/** Receives the host's messages; `dispose` drops anything not yet applied. */
export interface HostChannel {
  receive(event: MessageEvent): void;
  dispose(): void;
}

/**
 * Applies a run of host commands in order to the selection and tour step, without touching the
 * store: a flood of messages becomes one store change, one render and one answer.
 */
export function foldHostCommands(
  state: Pick<AppState, 'selection' | 'step'>,
  commands: readonly HostCommand[],
  story: Story,
): Pick<AppState, 'selection' | 'step'> {
  let { selection, step } = state;
  for (const command of commands) {
    if (command.type === 'select') selection = command.selection;
    else if (command.type === 'clear') selection = null;
    else if (command.type === 'step' && story.tour.length > 0) {
      step = clampStop(story, step + command.delta);
      selection = story.tour[step]?.selection ?? selection;
    }
  }
  return { selection, step };
}

const isSelecting = (c: HostCommand) => c.type === 'select' || c.type === 'clear';

/** The play and language commands of a run, in order: the last play/pause, seek and lang win. */
export function foldPlayCommands(
  commands: readonly HostCommand[],
): Partial<Pick<AppState, 'playing' | 't' | 'lang'>> {
  const patch: { playing?: boolean; t?: string; lang?: AppState['lang'] } = {};
  for (const command of commands) {
    if (command.type === 'play') patch.playing = true;
    else if (command.type === 'pause') patch.playing = false;
    else if (command.type === 'seek') patch.t = command.t;
    else if (command.type === 'lang') patch.lang = command.lang;
  }
  return patch;
}

/**
 * The app's side of the host → app protocol. Each message is checked at once (origin, shape, the
 * item exists) and queued; the queue is applied once per animation frame, so a host sending a
 * thousand `select`s a second costs one render per frame and ends on the last one.
 */
export function createHostChannel(options: HostChannelOptions): HostChannel {
  const { story, store, origin, post } = options;
  const schedule = options.schedule ?? nextAnimationFrame;
  let queue: HostCommand[] = [];
  let cancel: (() => void) | null = null;

  const flush = () => {
    cancel = null;
    const commands = queue;
    queue = [];
    const before = store.get();
    const next = foldHostCommands(before, commands, story);
    store.set({ ...next, ...foldPlayCommands(commands) }, 'host');
    // The store's listener answers a change; a `select` that changed nothing is answered here,
    // so every accepted `select` or `clear` gets a reply.
    const asked = commands.some((c) => c.type === 'select' || c.type === 'clear');
    if (asked && sameSelection(before.selection, store.get().selection)) {
      post(selectMessage(store.get().selection, 'host'));
    }
  };

  return {
    receive(event) {
      if (origin !== null && event.origin !== origin) return;
      const command = readHostMessage(event.data, story);
      if (!command) return;
      const last = queue[queue.length - 1];
      // Consecutive selections replace each other; steps must all count.
      if (isSelecting(command) && last && isSelecting(last)) queue[queue.length - 1] = command;
      else queue.push(command);
      cancel ??= schedule(flush);
    },
    dispose() {
      cancel?.();
      cancel = null;
      queue = [];
    },
  };
}

/** A frame that is off screen or in a background tab gets no animation frames. */
const LATEST_FLUSH_MS = 100;

/** The next animation frame, or a timer when the browser is not painting this frame. */
function nextAnimationFrame(flush: () => void): () => void {
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const run = () => {
    cancel();
    flush();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, LATEST_FLUSH_MS);
  return cancel;
}
