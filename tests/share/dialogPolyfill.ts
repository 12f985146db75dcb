/**
 * jsdom has `<dialog>` but not its behaviour. This stands in for what the tests rely on:
 * `showModal()` opens it, `close()` closes it and fires `close`, and Esc closes it after the
 * key event has finished (as a browser's default action does).
 */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.addEventListener('keydown', closeOnEscape);
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.removeEventListener('keydown', closeOnEscape);
    this.dispatchEvent(new Event('close'));
  };
}

function closeOnEscape(this: HTMLDialogElement, event: KeyboardEvent) {
  if (event.key !== 'Escape') return;
  setTimeout(() => {
    if (this.dispatchEvent(new Event('cancel', { cancelable: true }))) this.close();
  });
}
