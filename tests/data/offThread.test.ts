import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseStoryData } from '../../src/data/load';
import type { CheckRequest } from '../../src/data/offThread';
import { loadStoryOffThread } from '../../src/story/loadOffThread';
import { MINI_RAW } from '../fixtures/mini-story';

const respond = (body: string, init: ResponseInit = {}) =>
  (async () => new Response(body, init)) as unknown as typeof fetch;

/** A stand-in for the browser's Worker that runs the checker's logic, or fails to start. */
function fakeWorker(mode: 'answers' | 'fails') {
  const started: string[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    constructor(url: URL) {
      started.push(String(url));
    }
    postMessage(request: CheckRequest) {
      queueMicrotask(() => {
        if (mode === 'fails') {
          this.onerror?.({ preventDefault() {} } as ErrorEvent);
          return;
        }
        const reply = parseStoryData(new TextDecoder().decode(request.bytes));
        this.onmessage?.({ data: structuredClone(reply) } as MessageEvent);
      });
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadStoryOffThread', () => {
  it('checks the story in a worker and builds the model on this thread', async () => {
    const started = fakeWorker('answers');
    const result = await loadStoryOffThread('/story.json', {
      fetchImpl: respond(JSON.stringify(MINI_RAW)),
    });
    expect(started).toHaveLength(1);
    expect(started[0]).toMatch(/check\.worker/);
    expect(result.ok && result.value.eventById.has('talks')).toBe(true);
  });

  it('passes on the problems the worker found', async () => {
    fakeWorker('answers');
    const broken = { ...MINI_RAW, quotes: [{ ...MINI_RAW.quotes[0], eventIds: ['nope'] }] };
    const result = await loadStoryOffThread('/story.json', {
      fetchImpl: respond(JSON.stringify(broken)),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toBe('quotes[0].eventIds[0]');
  });

  it('checks on this thread when the worker cannot start', async () => {
    fakeWorker('fails');
    const result = await loadStoryOffThread('/story.json', {
      fetchImpl: respond(JSON.stringify(MINI_RAW)),
    });
    expect(result.ok).toBe(true);
  });

  it('checks on this thread where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const result = await loadStoryOffThread('/story.json', { fetchImpl: respond('not json') });
    expect(!result.ok && result.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('reports a failed fetch without starting a worker', async () => {
    const started = fakeWorker('answers');
    const result = await loadStoryOffThread('/gone.json', {
      fetchImpl: respond('gone', { status: 404, statusText: 'Not Found' }),
    });
    expect(started).toHaveLength(0);
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /^the file was not found \(404\) at /,
    );
  });
});
