import type { ComponentType } from 'react';
import { DetailsView } from '../details/DetailsView';
import { LazyMapView } from '../map/LazyMapView';
import { QuotesView } from '../quotes/QuotesView';
import { Timeline } from '../timeline/Timeline';
import type { ViewId } from './catalog';

/**
 * What renders a view; its plain facts (label, heading, URL, place) are in `catalog.ts`. Every
 * view of the catalog must have its parts here (a missing one is a type error).
 */
export interface ViewParts {
  /** The view itself: its root carries `data-view="<id>"`. */
  readonly component: ComponentType;
  /**
   * `first`: it renders with the first paint. `after-paint`: a frame later, its placeholder (the
   * panel's heading, `PendingView`) holding its place until then. A view that loads code of its
   * own does so inside its component, after the first paint, as the map does (`LazyMapView`).
   */
  readonly arrives: 'first' | 'after-paint';
}

export const VIEW_PARTS: { readonly [id in ViewId]: ViewParts } = {
  timeline: { component: Timeline, arrives: 'first' },
  // Leaflet, the largest dependency, loads in its own chunk after the first paint.
  map: { component: LazyMapView, arrives: 'first' },
  quotes: { component: QuotesView, arrives: 'after-paint' },
  details: { component: DetailsView, arrives: 'after-paint' },
};
