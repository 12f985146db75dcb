import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '../story/types';
import { findItem } from './findItem';
import type { ItemHandlers } from './itemHandlers';

/** The timeline's one tab stop (a roving tabindex) and its one preview. */
export interface ItemFocus {
  /** Where Tab lands: the event last focused, else the selected one, else the first shown. */
  readonly tabStopId: string | null;
  /**
   * The event whose tooltip shows: the one under the pointer (unless it was just pressed), else
   * the one with keyboard focus.
   */
  readonly previewId: string | null;
  readonly handlers: ItemHandlers;
  /** Makes the event the tab stop and focuses its item as soon as it is rendered. */
  focusEvent(id: string): void;
  /** Lets the tab stop follow the selection again. */
  resetTabStop(): void;
}

/**
 * `firstId` is where Tab lands when nothing is selected or focused yet: the first event on screen.
 */
export function useItemFocus(
  rootRef: RefObject<HTMLElement | null>,
  story: Story,
  selectedId: string | null,
  firstId: string | null,
): ItemFocus {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // The event just pressed: its tooltip stays away until the pointer leaves it, so that it does
  // not sit over the labels a selection brings back (the selected event shows its own label).
  const [quietId, setQuietId] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const pressed = useRef<string | null>(null);

  useEffect(function focusPendingItem() {
    const id = pending.current;
    const root = rootRef.current;
    if (!id || !root) return;
    const item = findItem(root, id);
    if (!item) return;
    pending.current = null;
    item.focus();
  });

  const handlers = useMemo<ItemHandlers>(
    () => ({
      onItemPointerDown: (id) => {
        pressed.current = id;
        setQuietId(id);
      },
      onItemFocus: (id) => {
        setActiveId(id);
        if (pressed.current !== id) setFocusId(id);
        pressed.current = null;
      },
      onItemBlur: (id) => {
        pressed.current = null;
        setFocusId((current) => (current === id ? null : current));
      },
      onItemHover: (id) => setHoverId(id),
      onItemLeave: (id) => {
        setHoverId((current) => (current === id ? null : current));
        setQuietId((current) => (current === id ? null : current));
      },
    }),
    [],
  );
  const focusEvent = useCallback((id: string) => {
    pending.current = id;
    setActiveId(id);
  }, []);
  const resetTabStop = useCallback(() => setActiveId(null), []);

  const active = activeId && story.eventById.has(activeId) ? activeId : null;
  return {
    tabStopId: active ?? selectedId ?? firstId,
    previewId: (hoverId !== quietId ? hoverId : null) ?? focusId,
    handlers,
    focusEvent,
    resetTabStop,
  };
}
