import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/render/afterNextPaint';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Fake timers, and animation frames held until the test runs them: returns the way to run one. */
function holdFrames(id = 1) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  let frame: FrameRequestCallback = () => {};
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frame = callback;
    return id;
  });
  return () => frame(0);
}

describe('afterNextPaint', () => {
  it('runs in a task after the next animation frame, not before it', () => {
    const paintFrame = holdFrames(7);
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(10);
    expect(run).not.toHaveBeenCalled();
    paintFrame();
    // The frame's paint comes after its callbacks: still waiting.
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    // The fallback, later, does not run it again.
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after 150 ms where frames are paused (a background tab)', () => {
    // A frame that never comes.
    holdFrames();
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(149);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const paintFrame = holdFrames(3);
    const cancelFrame = vi.spyOn(window, 'cancelAnimationFrame');
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    cancel();
    expect(cancelFrame).toHaveBeenCalledWith(3);
    paintFrame();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
