import { useState } from 'react';
import { intlLocale } from '../i18n/format';
import { useT } from '../i18n/i18n';
import { formatElapsed, useNow } from './useNow';

const clockFormats = new Map<string, Intl.DateTimeFormat>();
/** The time of day in the reader's language's style (`14:05:09`). */
function formatTimeOfDay(ms: number): string {
  const locale = intlLocale();
  let f = clockFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    clockFormats.set(locale, f);
  }
  return f.format(ms);
}

/** The time of day where the teacher is, and the time since the presenter view opened. */
export function PresenterClock() {
  const t = useT();
  const now = useNow();
  const [started, setStarted] = useState(() => Date.now());
  return (
    <section className="presenter__clock" aria-label={t('presenter.clock')}>
      <p>
        <span className="presenter__label">{t('presenter.time')}</span>{' '}
        <time className="presenter__time">{formatTimeOfDay(now)}</time>
      </p>
      <p>
        <span className="presenter__label">{t('presenter.elapsed')}</span>{' '}
        <span className="presenter__time">{formatElapsed(now - started)}</span>
      </p>
      <button type="button" className="button" onClick={() => setStarted(Date.now())}>
        {t('presenter.restart')}
      </button>
    </section>
  );
}
