import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RawStory } from '../../data/schema';
import { isPreviewReady, type PreviewStory } from '../preview/protocol';

interface Props {
  /** The last story without errors (as checked), or null before there is one. */
  story: RawStory | null;
  /** True when the sheets have errors, so the preview shows an earlier version. */
  stale: boolean;
}

/** The real explorer in a frame beside the sheets, sent the story on every change. */
export function Preview({ story, stale }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);

  // Listening from the commit that creates the frame, before its page can run and say it is
  // ready (a cached preview after a reload can do so before a passive effect would listen).
  useLayoutEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      if (event.source === frame.current?.contentWindow && isPreviewReady(event.data))
        setReady(true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (!ready || story === null) return;
    const message: PreviewStory = { type: 'dayline-studio:story', story };
    frame.current?.contentWindow?.postMessage(message, window.location.origin);
  }, [ready, story]);

  return (
    <section className="studio__preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading" className="studio__h2">
        Preview
        {stale && story !== null && (
          <span className="studio__stale"> — the last version without errors</span>
        )}
      </h2>
      {story === null && (
        <p className="studio__empty">The story appears here once its sheets have no errors.</p>
      )}
      <iframe
        ref={frame}
        className="studio__frame"
        title="Preview of the story in the Dayline explorer"
        src="./studio-preview.html"
        hidden={story === null}
      />
    </section>
  );
}
