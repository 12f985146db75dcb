/** The rendered item (mark or chip) of an event inside `root`, if it is rendered. */
export function findItem(root: Element, eventId: string): HTMLElement | SVGElement | null {
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>('[data-event-id]')) {
    if (element.getAttribute('data-event-id') === eventId) return element;
  }
  return null;
}
