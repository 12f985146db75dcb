/** Undo steps run in reverse order, once, on success, on error and on Ctrl-C alike. */
export interface Cleanup {
  /** Registers a step; it runs before the steps added earlier. */
  add(step: () => unknown): void;
  /** Runs every step, even when one throws. Later calls do nothing. */
  run(): Promise<void>;
}

export function createCleanup(): Cleanup {
  const steps: (() => unknown)[] = [];
  let ran = false;
  const cleanup: Cleanup = {
    add: (step) => {
      steps.push(step);
    },
    run: async () => {
      if (ran) return;
      ran = true;
      for (const step of steps.reverse()) {
        try {
          await step();
        } catch (error) {
          console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: closing the browser and the server…`);
      void cleanup.run().finally(() => process.exit(130));
    });
  }
  return cleanup;
}
