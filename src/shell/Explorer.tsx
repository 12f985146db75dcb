import { DetailsView } from '../details/DetailsView';
import { EmbedBar } from '../embed/EmbedBar';
import { useEmbed } from '../embed/useEmbed';
import { useEmbedTabs } from '../embed/useEmbedTabs';
import { useT } from '../i18n/i18n';
import { LazyMapView } from '../map/LazyMapView';
import { usePlayback } from '../play/usePlayback';
import { usePlayKeys } from '../play/usePlayKeys';
import { Presentation } from '../present/Presentation';
import { Handout } from '../print/Handout';
import { QuotesView } from '../quotes/QuotesView';
import { useAfterPaint } from '../render/useAfterPaint';
import { useAppState } from '../state/hooks';
import type { Frame, UrlNotice } from '../state/url';
import { Timeline } from '../timeline/Timeline';
import { ProvenanceLine } from '../ui/Provenance';
import { Header } from './Header';
import { Notices } from './Notices';
import { PanelBoundary } from './PanelBoundary';
import { PendingView } from './PendingView';
import { SourcesSection } from './SourcesSection';
import { useDocumentClass } from './useDocumentClass';
import { useEscapeClears } from './useEscapeClears';
import { useUrlSync } from './useUrlSync';

interface Props {
  frame: Frame;
  notices: readonly UrlNotice[];
}

/** The linked explorer: timeline, map, quotes and details over one selection. */
export function Explorer({ frame, notices }: Props) {
  const t = useT();
  useUrlSync(frame);
  useEscapeClears();
  useEmbed(frame);
  usePlayback();
  usePlayKeys();
  const view = useAppState((s) => s.view);
  const present = useAppState((s) => s.present);
  useDocumentClass('presenting', present);
  // Which panels show: `view=`, or in a narrow embed the chosen tab.
  const tabs = useEmbedTabs(frame);
  const shows = tabs.shows;
  // The timeline (and the header) paint first; the other views follow a frame later.
  const later = useAfterPaint();
  const classes = [
    'app',
    `app--view-${view}`,
    frame.embed ? 'app--embed' : 'app--page',
    present ? 'app--present' : '',
  ].filter(Boolean);

  return (
    <div className={classes.join(' ')}>
      <div className="screen">
        {shows('quotes') && (
          <a className="skip-link" href="#quotes-panel">
            {t('explorer.skipToQuotes')}
          </a>
        )}
        {frame.embed ? <EmbedBar frame={frame} tabs={tabs} /> : <Header />}
        <ProvenanceLine />
        <Notices notices={notices} />
        {present && <Presentation frame={frame} />}
        <main className="layout" aria-label={t('explorer.label')}>
          {shows('timeline') && (
            <div className="panel panel--timeline" {...tabs.panelProps('timeline')}>
              <PanelBoundary name="timeline">
                <Timeline />
              </PanelBoundary>
            </div>
          )}
          {shows('map') && (
            <div className="panel panel--map" {...tabs.panelProps('map')}>
              <PanelBoundary name="map">
                {/* Leaflet, the largest dependency, loads in its own chunk after the first paint. */}
                <LazyMapView />
              </PanelBoundary>
            </div>
          )}
          {shows('quotes') && (
            <div className="panel panel--quotes" id="quotes-panel" {...tabs.panelProps('quotes')}>
              <PanelBoundary name="quotes">
                {later ? <QuotesView /> : <PendingView view="quotes" title={t('quotes.title')} />}
              </PanelBoundary>
            </div>
          )}
          {shows('details') && (
            <div className="panel panel--details" {...tabs.panelProps('details')}>
              <PanelBoundary name="details">
                {later ? (
                  <DetailsView />
                ) : (
                  <PendingView view="details" title={t('details.title')} />
                )}
              </PanelBoundary>
            </div>
          )}
        </main>
      </div>
      {later && !frame.embed && <SourcesSection />}
      {/* Not after the first paint: printing may start at any moment (see Handout). */}
      <Handout />
    </div>
  );
}
