import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n';

/**
 * A black screen over everything (the clicker's "black screen" button), so the class looks at
 * the teacher. Any key or a click brings the presentation back, and focus returns where it was.
 */
export function BlackOut({ onWake }: { onWake: () => void }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(function holdFocusWhileBlack() {
    const previous = document.activeElement;
    button.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  return (
    <button ref={button} type="button" className="blackout" onClick={onWake}>
      <span className="visually-hidden">{t('present.blackout')}</span>
    </button>
  );
}
