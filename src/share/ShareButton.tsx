import { useCallback, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { type Frame, parseUrl } from '../state/url';
import { ShareDialog } from './ShareDialog';
import './share.css';

interface Props {
  /** How the app is framed; read from the address when not given. */
  frame?: Frame;
  /** Show only "Share" (the embed bar is short of room); the accessible name stays whole. */
  compact?: boolean;
}

/** Opens the Share & embed dialog; focus comes back here when it closes. */
export function ShareButton({ frame, compact = false }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const framed = useMemo(() => frame ?? parseUrl(window.location.search).frame, [frame]);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--quiet share-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {compact ? (
          <>
            <span aria-hidden="true">{t('share.short')}</span>
            <span className="visually-hidden">{t('share.button')}</span>
          </>
        ) : (
          t('share.button')
        )}
      </button>
      {open && <ShareDialog frame={framed} onClose={close} />}
    </>
  );
}
