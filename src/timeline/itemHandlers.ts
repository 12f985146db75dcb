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
