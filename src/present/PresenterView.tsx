import { lazy, Suspense } from 'react';
import { useT } from '../i18n/i18n';
import type { Frame } from '../state/url';

// Only the presenter's second window needs it.
const PresenterScreen = lazy(() =>
  import('./PresenterScreen').then((m) => ({ default: m.PresenterScreen })),
);

/** The presenter's second window (`presenter=1`): current and next stop, notes, a clock. */
export function PresenterView(_props: { frame: Frame }) {
  const t = useT();
  return (
    <Suspense fallback={<p className="boot">{t('presenter.opening')}</p>}>
      <PresenterScreen />
    </Suspense>
  );
}
