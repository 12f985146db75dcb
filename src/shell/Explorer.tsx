import { useEffect } from 'react';
import { EmbedBar } from '../embed/EmbedBar';
import { useEmbed } from '../embed/useEmbed';
import { useEmbedTabs } from '../embed/useEmbedTabs';
import { useT } from '../i18n/i18n';
import { usePlayback } from '../play/usePlayback';
import { usePlayKeys } from '../play/usePlayKeys';
import { Presentation } from '../present/Presentation';
import { Handout } from '../print/Handout';
import { markFirstRenderShown } from '../render/firstRender';
import { useAfterPaint } from '../render/useAfterPaint';
import { useAppState } from '../state/hooks';
import type { Frame, UrlNotice } from '../state/url';
import { ProvenanceLine } from '../ui/Provenance';
import { panelId, VIEW_INFO, type ViewId } from '../views/catalog';
import { VIEW_PARTS } from '../views/registry';
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

/** The linked explorer: the views of the registry (views/) over one selection. */
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
  useEffect(
    function shown() {
      if (later) markFirstRenderShown();
    },
    [later],
  );
  const classes = [
    'app',
    `app--view-${view}`,
    frame.embed ? 'app--embed' : 'app--page',
    present ? 'app--present' : '',
  ].filter(Boolean);

  return (
    <div className={classes.join(' ')}>
      <div className="screen">
        {VIEW_INFO.map(
          (v) =>
            'skipLink' in v &&
            shows(v.id) && (
              <a key={v.id} className="skip-link" href={`#${panelId(v.id)}`}>
                {t(v.skipLink)}
              </a>
            ),
        )}
        {frame.embed ? <EmbedBar frame={frame} tabs={tabs} /> : <Header />}
        <ProvenanceLine />
        <Notices notices={notices} />
        {present && <Presentation frame={frame} />}
        <main className="layout" aria-label={t('explorer.label')}>
          {VIEW_INFO.map(({ id, title }) => {
            if (!shows(id)) return null;
            const { component: View, arrives } = VIEW_PARTS[id as ViewId];
            return (
              <div
                key={id}
                className={`panel panel--${id}`}
                id={panelId(id)}
                {...tabs.panelProps(id)}
              >
                <PanelBoundary name={id}>
                  {arrives === 'first' || later ? (
                    <View />
                  ) : (
                    <PendingView view={id} title={t(title)} />
                  )}
                </PanelBoundary>
              </div>
            );
          })}
        </main>
      </div>
      {later && !frame.embed && <SourcesSection />}
      {/* Not after the first paint: printing may start at any moment (see Handout). */}
      <Handout />
    </div>
  );
}
