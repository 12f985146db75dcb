import { useEffect, useId, useRef, useState } from 'react';
import { Rich, useT } from '../i18n/i18n';
import { useStore, useStory } from '../state/hooks';
import type { Frame } from '../state/url';
import { CopyField } from './CopyField';
import { ShareOptions } from './ShareOptions';
import { ShareTimeOption } from './ShareTimeOption';
import { appAddress, embedSnippet, embedUrl, type ShareChoice, shareUrl } from './shareLinks';

interface Props {
  frame: Frame;
  /** Called when the dialog closes: the Close button, Esc, or the browser closing it. */
  onClose(): void;
}

/**
 * The Share & embed dialog: a link to the current view and a ready iframe snippet, each with a
 * copy button, and what they start with. A native modal `<dialog>`: the browser keeps focus
 * inside and closes it on Esc (which then does not clear the selection; see useEscapeClears).
 */
export function ShareDialog({ frame, onClose }: Props) {
  const story = useStory();
  const t = useT();
  const store = useStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useId();
  const [current] = useState(() => store.get().selection);
  const [choice, setChoice] = useState<ShareChoice>(() => {
    const { selection, view, zone, t, lang } = store.get();
    // English is the default: a link made in English opens in each reader's own language.
    return { selection, view, zone, t, lang: lang === 'en' ? null : lang };
  });
  const [currentT] = useState(() => store.get().t);

  // No cleanup: closing here would fire `close` after StrictMode's re-mount and shut the dialog;
  // an open dialog removed from the page leaves the top layer by itself.
  useEffect(function openModal() {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const app = appAddress(window.location);
  const link = shareUrl(app, choice, frame);
  const snippet = embedSnippet(
    embedUrl(app, choice, frame),
    story.title,
    app,
    t('share.frameTitle', { title: story.title }),
  );

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby={heading} onClose={onClose}>
      <div className="share-dialog__header">
        <h2 id={heading} className="share-dialog__title">
          {t('share.title')}
        </h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => dialog.current?.close()}
        >
          {t('share.close')}
        </button>
      </div>
      <ShareOptions current={current} choice={choice} onChange={setChoice} />
      <ShareTimeOption current={currentT} choice={choice} onChange={setChoice} />
      <CopyField label={t('share.linkLabel')} button={t('share.copyLink')} value={link} />
      <CopyField
        label={t('share.embedLabel')}
        button={t('share.copyEmbed')}
        value={snippet}
        rows={7}
      />
      <p className="share-dialog__hint">
        <Rich id="share.hint" parts={{ code: <code>origin=https://your.site</code> }} />
      </p>
    </dialog>
  );
}
