import { useState } from 'react';
import { useT } from '../i18n/i18n';
import type { UrlNotice } from '../state/url';

/** Ignored URL parameters, shown once and dismissible: the app falls back, never blanks. */
export function Notices({ notices }: { notices: readonly UrlNotice[] }) {
  const t = useT();
  const [open, setOpen] = useState(notices.length > 0);
  if (!open || notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <ul className="notice__list">
        {notices.map((n) => (
          <li key={`${n.key}:${n.message}`}>{t(n.phrase.id, n.phrase.values)}</li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
