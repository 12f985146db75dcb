import { useCallback, useState } from 'react';
import type { MessageId } from '../i18n/i18n';
import { useAppState } from '../state/hooks';
import type { Frame } from '../state/url';
import { useMediaQuery } from '../ui/media';
import { panelId, VIEW_INFO, type ViewId } from '../views/catalog';

/** The panels a narrow embed switches between: every view of the catalog, by its label. */
export type EmbedTab = ViewId;
export const EMBED_TABS: readonly { id: EmbedTab; label: MessageId }[] = VIEW_INFO;

/** Below this width an embed showing every view shows one at a time, behind tabs. */
export const NARROW_EMBED = '(max-width: 639px)';

/** Which panel a narrow embed shows, and the ARIA wiring between its tabs and that panel. */
export interface EmbedTabs {
  /** Tabs are shown: embed mode, narrow, and no single view pinned by `view=`. */
  readonly tabbed: boolean;
  readonly active: EmbedTab;
  select(tab: EmbedTab): void;
  /** Whether a panel is rendered: with tabs only the active one, else as `view=` says. */
  shows(panel: EmbedTab): boolean;
  /** Props for a panel's element: `role="tabpanel"` and its label while tabbed. */
  panelProps(panel: EmbedTab): { role?: 'tabpanel'; 'aria-labelledby'?: string; id?: string };
}

export const tabId = (tab: EmbedTab) => `embed-tab-${tab}`;
// The panel's own id, also a skip link's target.
export const tabPanelId = (tab: EmbedTab) => panelId(tab);

export function useEmbedTabs(frame: Frame): EmbedTabs {
  const view = useAppState((s) => s.view);
  const narrow = useMediaQuery(NARROW_EMBED);
  const [active, setActive] = useState<EmbedTab>('timeline');
  const tabbed = frame.embed && narrow && view === 'all';
  const shows = useCallback(
    (panel: EmbedTab) => {
      if (tabbed) return panel === active;
      // A view that is never shown alone (the details) shows only beside the others.
      return view === 'all' || view === panel;
    },
    [tabbed, active, view],
  );
  const panelProps = useCallback(
    (panel: EmbedTab) =>
      tabbed
        ? { role: 'tabpanel' as const, 'aria-labelledby': tabId(panel), id: tabPanelId(panel) }
        : {},
    [tabbed],
  );
  return { tabbed, active, select: setActive, shows, panelProps };
}

/** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation). */
export function tabKeyTarget(key: string, current: EmbedTab): EmbedTab | null {
  const count = EMBED_TABS.length;
  const index = EMBED_TABS.findIndex((t) => t.id === current);
  const moves: Record<string, number> = {
    ArrowRight: (index + 1) % count,
    ArrowLeft: (index - 1 + count) % count,
    Home: 0,
    End: count - 1,
  };
  const to = moves[key];
  return to === undefined ? null : (EMBED_TABS[to]?.id ?? null);
}
