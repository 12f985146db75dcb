/**
 * An in-memory BroadcastChannel for jsdom (which may lack one): instances with the same name
 * deliver to each other, never to themselves, asynchronously and as copies, like the real one.
 */
export class FakeChannel {
  static open = new Set<FakeChannel>();
  /** Every message posted, in order, for assertions. */
  static posted: { name: string; data: unknown }[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor(readonly name: string) {
    FakeChannel.open.add(this);
  }
  postMessage(data: unknown): void {
    const copy = structuredClone(data);
    FakeChannel.posted.push({ name: this.name, data: copy });
    for (const other of FakeChannel.open) {
      if (other === this || other.name !== this.name) continue;
      queueMicrotask(() => other.onmessage?.(new MessageEvent('message', { data: copy })));
    }
  }
  close(): void {
    FakeChannel.open.delete(this);
  }
  static reset(): void {
    FakeChannel.open.clear();
    FakeChannel.posted = [];
  }
}
