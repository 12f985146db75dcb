import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import defaultStoryUrl from '../../data/alaska-summit-2025.json?url';
import { embeddedStoryText } from '../data/embedded';
import { foreignHost } from '../data/origins';
import type { Problem } from '../data/problems';
import { useEmbedShell } from '../embed/useEmbedShell';
import { activate, isLoaded, type Locale, PSEUDO, WordsProvider } from '../i18n/i18n';
import { type Lang, useLang } from '../i18n/lang';
import { preferredLang } from '../i18n/preferred';
import { prefetchMapFor } from '../map/loadMap';
import { PresenterView } from '../present/PresenterView';
import { markFirstRenderShown } from '../render/firstRender';
import { StoreContext, StoryContext } from '../state/hooks';
import { createStore } from '../state/store';
import { checkDataAddress, parseUrl, type UrlNotice, type UrlState, urlNotice } from '../state/url';
import { loadStoryOffThread, loadStoryTextOffThread } from '../story/loadOffThread';
import type { Story } from '../story/types';
import { ProvenanceContext } from '../ui/Provenance';
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
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // A page exported as one file carries its story; `data=` still loads another one.
  const embedded = useMemo(
    () => (url.frame.data === null ? embeddedStoryText() : null),
    [url.frame.data],
  );
  const [lang, setLang] = useState<Lang>(() => url.state.lang ?? preferredLang());
  const locale = useActiveLocale(lang);

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
        setLoad({ status: 'error', problems: [address.problem] });
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
  // While the story loads, the map's code too, where the map will be in the first screen.
  const openedOn = url.state.view ?? 'all';
  useEffect(() => prefetchMapFor(openedOn), [openedOn]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useLayoutEffect(
    function replaceBootShell() {
      // In the same commit as the explorer or the error, so no frame shows both or neither.
      if (load.status !== 'loading') removeBootShell();
      // The explorer says when its views are in (`Explorer`); a story's problems are all there is.
      if (load.status === 'error') markFirstRenderShown();
    },
    [load.status],
  );
  useEmbedShell(url.frame, load.status === 'error' ? load.problems : null);

  // The first language's catalog loads alongside the story; the page shows neither before both.
  if (load.status === 'loading' || locale === null)
    return <LoadingSkeleton embed={url.frame.embed} />;
  if (load.status === 'error') {
    return (
      <WordsProvider locale={locale}>
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
      </WordsProvider>
    );
  }
  return (
    <WordsProvider locale={locale}>
      <ProvenanceContext.Provider value={embedded === null ? provenanceOf(source) : null}>
        <ReadyApp story={load.story} url={url} lang={lang} onLang={setLang} />
      </ProvenanceContext.Provider>
    </WordsProvider>
  );
}

/**
 * The locale whose catalog is active: `lang` once its catalog has arrived (English at once), the
 * previous one meanwhile, `null` before the first. `<html lang>` follows. In development,
 * `lang=en-XA` shows the pseudo-locale.
 */
function useActiveLocale(lang: Lang): Locale | null {
  const wanted: Locale =
    import.meta.env.DEV && new URLSearchParams(window.location.search).get('lang') === PSEUDO
      ? PSEUDO
      : lang;
  const [active, setActive] = useState<Locale | null>(() => (isLoaded(wanted) ? wanted : null));
  useEffect(() => {
    let stale = false;
    void activate(wanted).then(() => {
      if (!stale) setActive(wanted);
    });
    return () => {
      stale = true;
    };
  }, [wanted]);
  useLayoutEffect(() => {
    if (active === null) return;
    document.documentElement.lang = active === PSEUDO ? 'en' : active;
    document.documentElement.dir = 'ltr';
  }, [active]);
  return active;
}

/** The host of a story from another origin, for the provenance line; `null` for this site's. */
function provenanceOf(source: string): string | null {
  const address = checkDataAddress(source, document.baseURI);
  return 'href' in address ? foreignHost(address.href, window.location.origin) : null;
}

/** Checks the URL's selection and step against the story, then starts the one store. */
function ReadyApp({
  story,
  url,
  lang,
  onLang,
}: {
  story: Story;
  url: UrlState;
  /** The language the store starts in; later changes come from the store (`onLang`). */
  lang: Lang;
  onLang(lang: Lang): void;
}) {
  // Read once, when the store starts; the store is the truth from then on.
  const [firstLang] = useState(lang);
  const [store, notices] = useMemo(() => {
    const found: UrlNotice[] = [...url.notices];
    const state = { ...url.state, lang: firstLang };
    if (state.selection && !story.has(state.selection)) {
      found.push(
        urlNotice('select', {
          id: 'notice.selectMissing',
          values: { kind: state.selection.kind, id: state.selection.id },
        }),
      );
      state.selection = undefined;
    }
    if (state.step !== undefined && state.step >= story.tour.length) {
      found.push(
        urlNotice('step', {
          id: 'notice.stepBeyond',
          values: { step: state.step + 1, n: story.tour.length },
        }),
      );
      state.step = undefined;
    }
    const clean = Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined));
    return [createStore(clean), found] as const;
  }, [story, url, firstLang]);
  useEffect(
    () => store.subscribe((state, previous) => state.lang !== previous.lang && onLang(state.lang)),
    [store, onLang],
  );
  // Every view reads the story's texts in the reader's language; the store stays the same one.
  const readerLang = useLang();
  const shown = useMemo(() => story.inLanguage(readerLang), [story, readerLang]);

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
