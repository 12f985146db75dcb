import type { MessageId } from '../i18n/i18n';

/**
 * The explorer's views as plain data: everything the URL, the store, the embed tabs, the share
 * options, the loading outline, the first screen in `index.html` and the layout know of a view.
 * No React here, so the build scripts read it too. The components are in `registry.tsx`. Its
 * words are message ids (`src/i18n/messages/`): the views say them with `t(...)` in the reader's
 * language. Adding a view: an entry here, an entry in `registry.tsx`, its words in the message
 * catalogs, and its folder (README, "Add a view").
 */
export interface ViewInfo {
  /** `data-view`, `view=`, the panel's class (`panel--<id>`) and grid area. */
  readonly id: string;
  /** Its name on the narrow embed's tab. */
  readonly label: MessageId;
  /** Its heading, held by the placeholder until the view itself renders. */
  readonly title: MessageId;
  /**
   * `view=<id>` may show it alone; the share dialog offers it with this label. `null`: it is
   * shown only beside the others (`view=all`).
   */
  readonly alone: MessageId | null;
  /** A skip link to it at the top of the page, with these words. */
  readonly skipLink?: MessageId;
  /** Where it sits in the wide layout: across the top, or a column below, `width` fr wide. */
  readonly place: { readonly row: 'top' } | { readonly row: 'bottom'; readonly width: number };
}

/** The views, in the order of their panels and tabs. Consumers read this list, never a copy. */
export const VIEW_INFO = [
  {
    id: 'timeline',
    label: 'view.timeline',
    title: 'timeline.title',
    alone: 'share.viewTimeline',
    place: { row: 'top' },
  },
  {
    id: 'map',
    label: 'view.map',
    title: 'map.title',
    alone: 'share.viewMap',
    place: { row: 'bottom', width: 1.35 },
  },
  {
    id: 'quotes',
    label: 'view.quotes',
    title: 'quotes.title',
    alone: 'share.viewQuotes',
    skipLink: 'explorer.skipToQuotes',
    place: { row: 'bottom', width: 1 },
  },
  {
    id: 'details',
    label: 'view.details',
    title: 'details.title',
    alone: null,
    place: { row: 'bottom', width: 0.85 },
  },
] as const satisfies readonly ViewInfo[];

/** A view's id. */
export type ViewId = (typeof VIEW_INFO)[number]['id'];
/** The views `view=` may show alone. */
export type AloneViewId = Extract<(typeof VIEW_INFO)[number], { alone: string }>['id'];

/** The element id of a view's panel: the skip link's and the embed tab's target. */
export const panelId = (view: string) => `${view}-panel`;
