import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * False until the frame in which the component first appeared has been painted, then true (set
 * in a transition, so what it reveals renders in slices). Views that are not needed for the first
 * paint use it to come in a frame later, which keeps the first render's one long task short.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(function waitForPaint() {
    return afterNextPaint(() => startTransition(() => setPainted(true)));
  }, []);
  return painted;
}
