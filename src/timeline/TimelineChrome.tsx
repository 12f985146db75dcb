import { useCallback } from 'react';
import { useT } from '../i18n/i18n';
import { PlayControls } from '../play/PlayControls';
import { zoneName } from '../time/zone';
import { TimelineLegend } from './TimelineLegend';
import type { TimelineZoom } from './useTimelineZoom';
import { ZoomControls, type ZoomControlsProps } from './ZoomControls';

/** How the keyboard moves through the timeline laid out across. */
export const HINT =
  'Left and Right arrow keys move between events, Home and End go to the first and last, Enter selects. Plus and minus zoom, 0 resets the view.';
/** …and laid out down the screen, where nothing needs zooming. */
export const VERTICAL_HINT =
  'Up and Down (or Left and Right) arrow keys move between events, Home and End go to the first and last, Enter selects.';

/** The timeline's heading, the zones its times are in, and the keyboard hint. */
export function TimelineHeader(props: {
  ids: string;
  zones: { primary: string; secondary: string | null };
  /** A time in the view, for the zones' names (summer or winter time). */
  at: number;
  hint: string;
}) {
  const { ids, zones, at, hint } = props;
  const t = useT();
  return (
    <header className="timeline__header">
      <h2 id={`${ids}-heading`} className="timeline__heading">
        {t('timeline.title')}
      </h2>
      <p className="timeline__zone">
        {zoneName(zones.primary, at)}
        {zones.secondary && (
          <span className="timeline__zone-second"> · {zoneName(zones.secondary, at)}</span>
        )}
      </p>
      <p id={`${ids}-hint`} className="visually-hidden">
        {hint}
      </p>
    </header>
  );
}

/** The legend, and the zoom buttons (`null` where nothing zooms: the day down the screen). */
export function TimelineFooter({
  foldLegend,
  zoom,
}: {
  foldLegend: boolean;
  zoom: ZoomControlsProps | null;
}) {
  return (
    <footer className="timeline__footer">
      <TimelineLegend folded={foldLegend} />
      <PlayControls />
      {zoom && <ZoomControls {...zoom} />}
    </footer>
  );
}

/** The zoom buttons' props: zooming keeps the tab stop's time (`anchor`) in place. */
export function useZoomControls(
  zoom: TimelineZoom,
  anchor: () => number | undefined,
): ZoomControlsProps {
  const { zoomBy } = zoom;
  const onZoomIn = useCallback(() => zoomBy(2, anchor()), [zoomBy, anchor]);
  const onZoomOut = useCallback(() => zoomBy(0.5, anchor()), [zoomBy, anchor]);
  return {
    canZoomIn: zoom.canZoomIn,
    canZoomOut: zoom.canZoomOut,
    onZoomIn,
    onZoomOut,
    onReset: zoom.reset,
  };
}

/** The view's and the plot's classes: across (wide or narrow), or down the screen. */
export function timelineClasses(narrow: boolean, vertical: boolean) {
  if (vertical) {
    return {
      rootClass: 'timeline timeline--vertical',
      plotClass: 'timeline__plot timeline__plot--vertical',
    };
  }
  return {
    rootClass: narrow ? 'timeline timeline--narrow' : 'timeline',
    plotClass: 'timeline__plot',
  };
}
