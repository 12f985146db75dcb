import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { RawStory } from '../../data/schema';
import { Explorer } from '../../shell/Explorer';
import { ProblemList } from '../../shell/ProblemList';
import { StoreContext, StoryContext } from '../../state/hooks';
import { createStore } from '../../state/store';
import { DEFAULT_FRAME } from '../../state/url';
import { toStory } from '../../story/build';
import { isPreviewStory, READY } from './protocol';
import '../../shell/theme.css';
import './preview.css';

/**
 * The Studio's preview: the real explorer, in a frame of its own so that its layout follows the
 * frame's width, showing whatever story the Studio (same origin only) sends it.
 */
function Preview() {
  const [data, setData] = useState<RawStory | null>(null);
  const store = useMemo(() => createStore({}), []);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      if (isPreviewStory(event.data)) setData(event.data.story);
    };
    window.addEventListener('message', onMessage);
    window.parent.postMessage(READY, window.location.origin);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  // Only the Studio (same origin, checked above) sends stories, and only checked ones.
  const result = useMemo(() => (data === null ? null : toStory({ ok: true, value: data })), [data]);

  useEffect(() => {
    // An item that the edit removed cannot stay selected.
    if (result?.ok) {
      const selection = store.get().selection;
      if (selection && !result.value.has(selection)) store.set({ selection: null }, 'user');
    }
  }, [result, store]);

  if (!result) return <p className="studio-preview__wait">Waiting for the Studio…</p>;
  if (!result.ok) {
    return (
      <main className="app app--error">
        <ProblemList file="the draft" problems={result.problems} onRetry={() => setData(data)} />
      </main>
    );
  }
  return (
    <StoryContext.Provider value={result.value}>
      <StoreContext.Provider value={store}>
        <Explorer frame={DEFAULT_FRAME} notices={[]} />
      </StoreContext.Provider>
    </StoryContext.Provider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Preview />
    </StrictMode>,
  );
}
