import type { Page } from 'playwright-core';
import { sleep, withTimeout } from './page-waits';
import { type Aim, startFrames, stopFrames } from './probes';
import { deltas, type Summary, summarise } from './stats';

/** Frame times while a gesture runs. */
export interface FrameRun extends Summary {
  /** What the gesture was aimed at, e.g. `svg.timeline__plot`. */
  readonly target: string;
}

/** A busy page acknowledges input late; pacing goes on without waiting for each event. */
const paced = (input: Promise<void>) => Promise.race([input, sleep(250)]);

async function recordFrames(page: Page, aim: Aim, gesture: () => Promise<void>): Promise<FrameRun> {
  await paced(page.mouse.move(aim.x, aim.y));
  await withTimeout(page.evaluate(startFrames), 30_000, 'frame recorder');
  await gesture();
  const times = await withTimeout(page.evaluate(stopFrames), 30_000, 'frame recorder');
  return { ...summarise(deltas(times)), target: aim.target };
}

/** Spins the wheel over `aim` for `durationMs`: zooming in for the first half, out for the second. */
export function wheelZoom(page: Page, aim: Aim, durationMs = 1000): Promise<FrameRun> {
  return recordFrames(page, aim, async () => {
    const started = Date.now();
    for (let elapsed = 0; elapsed < durationMs; elapsed = Date.now() - started) {
      await paced(page.mouse.wheel(0, elapsed < durationMs / 2 ? -80 : 80));
      await sleep(16);
    }
  });
}

/** Drags from `aim` along a figure of eight for `durationMs`, as a reader pans a map. */
export function dragPan(page: Page, aim: Aim, durationMs = 1000): Promise<FrameRun> {
  return recordFrames(page, aim, async () => {
    await paced(page.mouse.down());
    const started = Date.now();
    for (let elapsed = 0; elapsed < durationMs; elapsed = Date.now() - started) {
      const angle = (2 * Math.PI * elapsed) / durationMs;
      await paced(page.mouse.move(aim.x + 120 * Math.sin(angle), aim.y + 60 * Math.sin(2 * angle)));
      await sleep(16);
    }
    await paced(page.mouse.up());
  });
}
