import { type KeyboardEvent, useMemo } from 'react';
import { useLocale } from '../i18n/i18n';
import { useItemState, useSelect, useStory } from '../state/hooks';
import type { ItemState, StoryEvent } from '../story/types';
import { eventName } from './eventText';

/**
 * What each item tells the timeline about the reader's focus and pointer, so the timeline can keep
 * one tab stop and one preview. The functions are stable, so memoised items never re-render for them.
 */
export interface ItemHandlers {
  /** A pointer pressed the item: the focus that follows is the pointer's and shows no preview. */
  onItemPointerDown(id: string): void;
  /** The item took focus: it becomes the tab stop and, from the keyboard, shows its preview. */
  onItemFocus(id: string): void;
  onItemBlur(id: string): void;
  /** The pointer entered or left the item. */
  onItemHover(id: string): void;
  onItemLeave(id: string): void;
}

/** The attributes and handlers every event control on the timeline carries (mark, row, chip). */
export interface EventItemProps {
  readonly 'data-event-id': string;
  readonly 'data-state': ItemState;
  readonly tabIndex: 0 | -1;
  readonly 'aria-label': string;
  readonly 'aria-current': 'true' | undefined;
  readonly 'aria-describedby': string | undefined;
  onClick(): void;
  onKeyDown(e: KeyboardEvent): void;
  onPointerDown(): void;
  onFocus(): void;
  onBlur(): void;
  onMouseEnter(): void;
  onMouseLeave(): void;
}

/**
 * One event's control: its state, its name, and its handlers — a click, Enter or Space selects it;
 * pointer and focus go to the timeline's `handlers`. Spread the props onto the element.
 */
export function useEventItem(
  id: string,
  name: string,
  tabbable: boolean,
  describedBy: string | undefined,
  handlers: ItemHandlers,
): EventItemProps {
  const state = useItemState('event', id);
  const select = useSelect();
  const choose = () => select({ kind: 'event', id });
  return {
    'data-event-id': id,
    'data-state': state,
    tabIndex: tabbable ? 0 : -1,
    'aria-label': name,
    'aria-current': state === 'selected' ? 'true' : undefined,
    'aria-describedby': describedBy,
    onClick: choose,
    onKeyDown(e) {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      choose();
    },
    onPointerDown: () => handlers.onItemPointerDown(id),
    onFocus: () => handlers.onItemFocus(id),
    onBlur: () => handlers.onItemBlur(id),
    onMouseEnter: () => handlers.onItemHover(id),
    onMouseLeave: () => handlers.onItemLeave(id),
  };
}

/** An event's accessible name (`eventName`), formatted again when the reader's language changes. */
export function useEventName(event: StoryEvent, zone: string): string {
  const story = useStory();
  const locale = useLocale();
  return useMemo(() => {
    void locale; // formatted in the reader's language: again when it changes
    return eventName(event, story, zone);
  }, [event, story, zone, locale]);
}
