import { useT } from '../i18n/i18n';
import { LangSwitch } from '../share/LangSwitch';
import { ShareButton } from '../share/ShareButton';
import { appAddress, fullViewUrl } from '../share/shareLinks';
import { useAppState, useStory } from '../state/hooks';
import type { Frame } from '../state/url';
import { EmbedTabList } from './EmbedTabList';
import { FullscreenButton } from './FullscreenButton';
import type { EmbedTabs } from './useEmbedTabs';
import './embed.css';

interface Props {
  frame: Frame;
  /** The narrow embed's view tabs; shown below the bar while `tabs.tabbed`. */
  tabs?: EmbedTabs;
}

/** The small title bar shown instead of the page header in embed mode. */
export function EmbedBar({ frame, tabs }: Props) {
  const story = useStory();
  const t = useT();
  const state = useAppState((s) => s);
  const fullView = fullViewUrl(appAddress(window.location), state, frame);
  return (
    <header className="embed-bar">
      <div className="embed-bar__row">
        <h1 className="embed-bar__title">
          <span className="embed-bar__brand">Dayline</span> {story.title}
        </h1>
        <div className="embed-bar__actions">
          <LangSwitch compact />
          <ShareButton frame={frame} compact />
          <FullscreenButton />
          <a
            className="button button--quiet embed-bar__action"
            href={fullView}
            target="_blank"
            rel="noopener"
          >
            {t('embed.openFull')} <span aria-hidden="true">↗</span>
            <span className="visually-hidden">{t('embed.newTab')}</span>
          </a>
        </div>
      </div>
      {tabs?.tabbed && <EmbedTabList tabs={tabs} />}
    </header>
  );
}
