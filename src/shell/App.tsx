import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import defaultStoryUrl from '../../data/alaska-summit-2025.json?url';
import { embeddedStoryText } from '../data/embedded';
import { foreignHost } from '../data/origins';
import type { Problem } from '../data/problems';
import { useEmbedShell } from '../embed/useEmbedShell';
import { useLang } from '../i18n/lang';
import { PresenterView } from '../present/PresenterView';
import { StoreContext, StoryContext } from '../state/hooks';
import { createStore } from '../state/store';
import { checkDataAddress, parseUrl, type UrlNotice, type UrlState } from '../state/url';
import { loadStoryOffThread, loadStoryTextOffThread } from '../story/loadOffThread';
import type { Story } from '../story/types';
import { ProvenanceContext } from '../ui/Provenance';
import { count, nouns } from '../words/plural';
import { removeBootShell } from './bootShell';
import { Explorer } from './Explorer';
import { LoadingSkeleton } from './LoadingSkeleton';
import { ProblemList } from './ProblemList';

type LoadState =
  | { status: 'loading' }
  | { status: 'error'; problems: readonly Problem[] }
  | { status: 'ready'; story: Story };

/** Loads the story named by the URL (or the default one), then shows the explorer. */
export function App() {
  const url = useMemo(() => parseUrl(window.location.search), []);
  const source = url.frame.data ?? defaultStoryUrl;
  // A page exported as one file carries its story; `data=` still loads another one.
  const embedded = useMemo(
    () => (url.frame.data === null ? embeddedStoryText() : null),
    [url.frame.data],
  );
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // `attempt` re-runs the load when the reader presses Retry.
    void attempt;
    const controller = new AbortController();
    let loading: ReturnType<typeof loadStoryOffThread>;
    if (embedded !== null) {
      loading = loadStoryTextOffThread(embedded, controller.signal);
    } else {
      const address = checkDataAddress(source, document.baseURI);
      if ('error' in address) {
        setLoad({ status: 'error', problems: [{ path: '', message: address.error }] });
        return;
      }
      loading = loadStoryOffThread(address.href, { signal: controller.signal });
    }
    setLoad({ status: 'loading' });
    loading.then((result) => {
      if (controller.signal.aborted) return;
      // A transition lets React render the explorer in slices, so the page stays responsive
      // while the first full render is built (the skeleton stays until it is ready).
      startTransition(() =>
        setLoad(
          result.ok
            ? { status: 'ready', story: result.value }
            : { status: 'error', problems: result.problems },
        ),
      );
    });
    return () => controller.abort();
  }, [source, embedded, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useLayoutEffect(
    function replaceBootShell() {
      // In the same commit as the explorer or the error, so no frame shows both or neither.
      if (load.status !== 'loading') removeBootShell();
    },
    [load.status],
  );
  useEmbedShell(url.frame, load.status === 'error' ? load.problems : null);

  if (load.status === 'loading') return <LoadingSkeleton embed={url.frame.embed} />;
  if (load.status === 'error') {
    return (
      <main className={`app app--error${url.frame.embed ? ' app--embed' : ''}`}>
        <ProblemList
          file={
            url.frame.data ??
            (embedded === null ? 'alaska-summit-2025.json' : 'the story in this page')
          }
          problems={load.problems}
          onRetry={retry}
        />
      </main>
    );
  }
  return (
    <ProvenanceContext.Provider value={embedded === null ? provenanceOf(source) : null}>
      <ReadyApp story={load.story} url={url} />
    </ProvenanceContext.Provider>
  );
}

/** The host of a story from another origin, for the provenance line; `null` for this site's. */
function provenanceOf(source: string): string | null {
  const address = checkDataAddress(source, document.baseURI);
  return 'href' in address ? foreignHost(address.href, window.location.origin) : null;
}

/** Checks the URL's selection and step against the story, then starts the one store. */
function ReadyApp({ story, url }: { story: Story; url: UrlState }) {
  const [store, notices] = useMemo(() => {
    const found: UrlNotice[] = [...url.notices];
    const state = { ...url.state };
    if (state.selection && !story.has(state.selection)) {
      found.push({
        key: 'select',
        message: `select=${state.selection.kind}:${state.selection.id} was ignored: this story has no ${state.selection.kind} "${state.selection.id}"`,
      });
      state.selection = undefined;
    }
    if (state.step !== undefined && state.step >= story.tour.length) {
      found.push({
        key: 'step',
        message: `step=${state.step + 1} was ignored: the tour has ${count(story.tour.length, nouns('stop'))}`,
      });
      state.step = undefined;
    }
    const clean = Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined));
    return [createStore(clean), found] as const;
  }, [story, url]);
  // Every view reads the story's texts in the reader's language; the store stays the same one.
  const lang = useLang();
  const shown = useMemo(() => story.inLanguage(lang), [story, lang]);

  return (
    <StoryContext.Provider value={shown}>
      <StoreContext.Provider value={store}>
        {url.frame.presenter ? (
          <PresenterView frame={url.frame} />
        ) : (
          <Explorer frame={url.frame} notices={notices} />
        )}
      </StoreContext.Provider>
    </StoryContext.Provider>
  );
}
