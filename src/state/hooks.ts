import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { ItemKind, Selection } from '../story/selection';
import type { ItemState, Story } from '../story/types';
import type { AppState, ChangeSource, Store } from './store';

export const StoreContext = createContext<Store | null>(null);
export const StoryContext = createContext<Story | null>(null);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore needs a <StoreContext.Provider>');
  return store;
}

export function useStory(): Story {
  const story = useContext(StoryContext);
  if (!story) throw new Error('useStory needs a <StoryContext.Provider>');
  return story;
}

/** Reads one derived value of the store; re-renders only when that value changes. */
export function useAppState<T>(select: (state: AppState) => T): T {
  const store = useStore();
  const subscribe = useCallback(
    (onChange: () => void) => store.subscribe(() => onChange()),
    [store],
  );
  return useSyncExternalStore(
    subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}

export const useSelection = () => useAppState((s) => s.selection);
export const useZone = () => useAppState((s) => s.zone);

/** The DOM contract's `data-state` of one item; only this item re-renders when it changes. */
export function useItemState(kind: ItemKind, id: string): ItemState {
  const story = useStory();
  return useAppState((s) => story.stateOf(kind, id, s.selection));
}

export function useSelect(): (selection: Selection | null, source?: ChangeSource) => void {
  const store = useStore();
  return useCallback((selection, source = 'user') => store.set({ selection }, source), [store]);
}
