import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { isMoved, NO_OFFSET, type Pixel } from './spreadMarkers';

/**
 * Where each place marker is drawn, as an offset from its true point (see `spreadMarkers`), with
 * a subscription per marker: a new set of offsets re-renders only the markers that moved.
 */
export interface MarkerOffsets {
  /** The marker's offset; the same object for as long as it does not change. */
  offsetOf(id: string): Pixel;
  /** Calls `listener` whenever the marker's offset changes; returns the unsubscribe. */
  subscribe(id: string, listener: () => void): () => void;
  /** Calls `listener` after any change of offsets; returns the unsubscribe. */
  subscribeAll(listener: () => void): () => void;
  /** Replaces every offset (markers not listed stay at their point). */
  set(offsets: ReadonlyMap<string, Pixel>): void;
}

/** An empty set of offsets: every marker at its true point until `set` says otherwise. */
export function createMarkerOffsets(): MarkerOffsets {
  let current = new Map<string, Pixel>();
  const listeners = new Map<string, Set<() => void>>();
  const anyListeners = new Set<() => void>();

  return {
    offsetOf: (id) => current.get(id) ?? NO_OFFSET,
    subscribe(id, listener) {
      let forId = listeners.get(id);
      if (!forId) {
        forId = new Set();
        listeners.set(id, forId);
      }
      forId.add(listener);
      return () => {
        forId.delete(listener);
        if (forId.size === 0) listeners.delete(id);
      };
    },
    subscribeAll(listener) {
      anyListeners.add(listener);
      return () => {
        anyListeners.delete(listener);
      };
    },
    set(offsets) {
      const previous = current;
      const next = new Map<string, Pixel>();
      for (const [id, offset] of offsets) {
        const before = previous.get(id);
        const kept = before && sameOffset(before, offset) ? before : offset;
        if (isMoved(kept)) next.set(id, kept);
      }
      current = next;
      let changed = false;
      for (const id of new Set([...previous.keys(), ...next.keys()])) {
        if (previous.get(id) !== next.get(id)) {
          changed = true;
          for (const listener of [...(listeners.get(id) ?? [])]) listener();
        }
      }
      if (changed) for (const listener of [...anyListeners]) listener();
    },
  };
}

function sameOffset(a: Pixel, b: Pixel): boolean {
  return a.x === b.x && a.y === b.y;
}

/** The offsets the place markers below read; without a provider, every marker stays put. */
export const MarkerOffsetsContext = createContext<MarkerOffsets>(createMarkerOffsets());

/** This marker's offset from its true point; re-renders only when it changes. */
export function useMarkerOffset(id: string): Pixel {
  const offsets = useContext(MarkerOffsetsContext);
  const subscribe = useCallback(
    (listener: () => void) => offsets.subscribe(id, listener),
    [offsets, id],
  );
  const read = useCallback(() => offsets.offsetOf(id), [offsets, id]);
  return useSyncExternalStore(subscribe, read, read);
}
