const TEXT_INPUT_TYPES = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'image',
  'color',
  'file',
]);

/** True where typing belongs to a field: a text input, a select, a text area, editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !TEXT_INPUT_TYPES.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** True for controls whose own action Enter and Space trigger (buttons, links). */
export function isPressTarget(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.matches(
      'button, a[href], summary, input, [role="button"], [role="link"], [role="option"], [role="tab"]',
    )
  );
}
