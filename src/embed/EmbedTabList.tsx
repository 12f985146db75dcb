import { useRef } from 'react';
import { useT } from '../i18n/i18n';
import { EMBED_TABS, type EmbedTabs, tabId, tabKeyTarget, tabPanelId } from './useEmbedTabs';

/** The narrow embed's tabs: one view at a time, switched by click or arrow keys. */
export function EmbedTabList({ tabs }: { tabs: EmbedTabs }) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  return (
    <div className="embed-tabs" role="tablist" aria-label={t('embed.tabs')} ref={list}>
      {EMBED_TABS.map(({ id, label }) => {
        const selected = tabs.active === id;
        return (
          <button
            key={id}
            type="button"
            role="tab"
            id={tabId(id)}
            className="embed-tabs__tab"
            aria-selected={selected}
            // Only the shown panel exists, so only its tab may point at it.
            aria-controls={selected ? tabPanelId(id) : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => tabs.select(id)}
            onKeyDown={(event) => {
              const to = tabKeyTarget(event.key, id);
              if (!to) return;
              event.preventDefault();
              tabs.select(to);
              list.current?.querySelector<HTMLElement>(`#${tabId(to)}`)?.focus();
            }}
          >
            {t(label)}
          </button>
        );
      })}
    </div>
  );
}
