import { lazy, Suspense } from 'react';
import type { Frame } from '../state/url';

// Only the presenter's second window needs it.
const PresenterScreen = lazy(() =>
  import('./PresenterScreen').then((m) => ({ default: m.PresenterScreen })),
);

/** The presenter's second window (`presenter=1`): current and next stop, notes, a clock. */
export function PresenterView(_props: { frame: Frame }) {
  return (
    <Suspense fallback={<p className="boot">Opening the presenter view…</p>}>
      <PresenterScreen />
    </Suspense>
  );
}
