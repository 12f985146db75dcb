import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInWorker } from '../../src/workers/runInWorker';

type Mode = 'answers' | 'fails' | 'silent';

/** A stand-in for a worker: doubles the number it is sent, fails to run, or never answers. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<number>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  defaultPrevented = false;
  constructor(readonly mode: Mode) {
    FakeWorker.made.push(this);
  }
  postMessage(request: number) {
    queueMicrotask(() => {
      if (this.mode === 'answers') this.onmessage?.({ data: request * 2 } as MessageEvent<number>);
      if (this.mode === 'fails') {
        const preventDefault = () => {
          this.defaultPrevented = true;
        };
        this.onerror?.({ preventDefault } as ErrorEvent);
      }
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const start = (mode: Mode) => () => new FakeWorker(mode) as unknown as Worker;

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('runInWorker', () => {
  it('resolves with the worker’s answer and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    expect(await runInWorker<number, number>(start('answers'), 21)).toBe(42);
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([true]);
  });

  it('resolves with null when the worker fails, and keeps the error off the page', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    expect(await runInWorker<number, number>(start('fails'), 21)).toBeNull();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    expect(FakeWorker.made[0]?.defaultPrevented).toBe(true);
  });

  it('resolves with null when the worker cannot be started', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const refused = () => {
      throw new Error('blocked by the content security policy');
    };
    expect(await runInWorker<number, number>(refused, 21)).toBeNull();
  });

  it('resolves with null without starting one where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const starter = vi.fn(start('answers'));
    expect(await runInWorker<number, number>(starter, 21)).toBeNull();
    expect(starter).not.toHaveBeenCalled();
  });

  it('on abort ends the worker and resolves with what onAbort gives', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const job = runInWorker<number, number>(start('silent'), 21, {
      signal: controller.signal,
      onAbort: () => -1,
    });
    controller.abort();
    expect(await job).toBe(-1);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });
});
