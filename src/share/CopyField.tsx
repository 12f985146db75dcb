import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { copyText } from './copyText';

interface Props {
  /** The field's visible label, e.g. "Link to this view". */
  label: string;
  /** The copy button's text, e.g. "Copy link". */
  button: string;
  value: string;
  /** A textarea of this many rows; a one-line input when absent. */
  rows?: number;
}

/** Read-only text with a copy button and a visible, announced result. */
export function CopyField({ label, button, value, rows }: Props) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<{ value: string; text: string } | null>(null);

  const copy = async () => {
    const outcome = await copyText(value, field.current);
    setStatus({
      value,
      text: outcome === 'copied' ? t('share.copied') : t('share.copyByHand'),
    });
  };
  // A result describes one value; a changed option makes it stale.
  const shown = status?.value === value ? status.text : '';

  return (
    <div className="copy-field">
      <label className="copy-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        {rows ? (
          <textarea
            id={id}
            ref={field}
            className="copy-field__text"
            readOnly
            rows={rows}
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
        ) : (
          <input
            id={id}
            ref={field}
            className="copy-field__text"
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        <button type="button" className="button" onClick={copy}>
          {button}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {shown}
      </p>
    </div>
  );
}
