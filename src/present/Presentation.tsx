import { lazy, Suspense } from 'react';
import type { Frame } from '../state/url';

// Loaded on entering presentation mode: a reader who never presents never downloads it.
const PresentationMode = lazy(() =>
  import('./PresentationMode').then((m) => ({ default: m.PresentationMode })),
);

/** Presentation mode over the same views; Explorer renders it while `present` is on. */
export function Presentation({ frame }: { frame: Frame }) {
  return (
    <Suspense fallback={null}>
      <PresentationMode frame={frame} />
    </Suspense>
  );
}
