import type { Lang } from '../i18n/lang';
import type { Selection } from '../story/selection';
import type { ZoneChoice } from '../time/zone';
import type { AloneViewId } from '../views/catalog';
import { initialOf, STATE_FIELDS, sameFields } from './fields';

/** Which view(s) to show: `all` is the linked layout, else one view alone (views/catalog.ts). */
export type ViewChoice = 'all' | AloneViewId;

/** Everything a reader can change that other views or the URL care about. */
export interface AppState {
  readonly selection: Selection | null;
  readonly zone: ZoneChoice;
  readonly view: ViewChoice;
  /** Presentation mode is on. */
  readonly present: boolean;
  /** Current tour stop (0-based) in presentation mode. */
  readonly step: number;
  /** Quote speaker filter: person ids to show, or `null` for everyone. */
  readonly speakers: readonly string[] | null;
  /** The playhead (`t=`): an ISO time with offset, or `null` when the day is not being played. */
  readonly t: string | null;
  /** The day is playing: `t` advances (the store is written a few times a second). */
  readonly playing: boolean;
  /** Seconds of playing per hour of the day: 5, 15 or 60. */
  readonly speed: PlaySpeed;
  /** The reader's language (`lang=`): the interface and, where the story has them, its texts. */
  readonly lang: Lang;
}

/** Seconds of playing per hour of the day. */
export type PlaySpeed = 5 | 15 | 60;

/** Every field at its default (the table in fields.ts). */
export const INITIAL_STATE: AppState = initialOf(STATE_FIELDS);

/** Why the state changed: the URL layer pushes a history entry for selections only. */
export type ChangeSource = 'user' | 'url' | 'host';

export type Listener = (state: AppState, previous: AppState, source: ChangeSource) => void;

/**
 * The one store. A plain external store read through `useSyncExternalStore`, so that each item
 * subscribes to its own derived state and a selection change re-renders only the items whose
 * state changed.
 */
export interface Store {
  get(): AppState;
  set(patch: Partial<AppState>, source?: ChangeSource): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: Partial<AppState> = {}): Store {
  let state: AppState = { ...INITIAL_STATE, ...initial };
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch, source = 'user') {
      const next = { ...state, ...patch };
      if (sameFields(STATE_FIELDS, next, state)) return;
      const previous = state;
      state = next;
      for (const listener of listeners) listener(state, previous, source);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
