/** Set by the build of the explorer as one HTML file (scripts/vite-plugin-single-file.ts). */
declare const __DAYLINE_ONE_FILE__: boolean | undefined;
/** The page is that one file: no worker script lies beside it, wherever it is opened. */
const ONE_FILE = typeof __DAYLINE_ONE_FILE__ !== 'undefined' && __DAYLINE_ONE_FILE__;

/**
 * Runs one job in a fresh worker and resolves with its single answer, or with `null` when no
 * worker could do it (none in this environment, or it failed to start or threw), so the caller can
 * do the job on this thread instead. The worker is ended once it has answered or is aborted.
 */
export function runInWorker<Request, Reply>(
  start: () => Worker,
  request: Request,
  options: { signal?: AbortSignal; onAbort?: () => Reply } = {},
): Promise<Reply | null> {
  if (typeof Worker === 'undefined' || ONE_FILE) return Promise.resolve(null);
  // A page opened from disk cannot start a worker from a file beside it.
  if (globalThis.location?.protocol === 'file:') return Promise.resolve(null);
  const { signal, onAbort } = options;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      resolve(null);
      return;
    }
    const finish = (reply: Reply | null) => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      resolve(reply);
    };
    const abort = () => finish(onAbort ? onAbort() : null);
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<Reply>) => finish(event.data);
    worker.onerror = (event) => {
      // A worker that cannot start (a strict CSP, say) leaves the job to the caller's thread.
      event.preventDefault();
      finish(null);
    };
    // Cloned, not transferred, so the caller can still do the job itself.
    worker.postMessage(request);
  });
}
