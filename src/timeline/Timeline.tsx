import { useCallback, useId, useMemo, useRef } from 'react';
import { useT } from '../i18n/i18n';
import { useAppState, useStory } from '../state/hooks';
import { usePrefersReducedMotion } from '../ui/media';
import { axisZones } from './axisZones';
import { ContextGutter, foldedChips } from './ContextGutter';
import { EventTooltip } from './EventTooltip';
import { buildTimelineIndex } from './eventIndex';
import type { PlacedCluster } from './layout';
import { Playhead } from './Playhead';
import { TimelineFooter, TimelineHeader, timelineClasses, useZoomControls } from './TimelineChrome';
import { TimelinePlot } from './TimelinePlot';
import { useItemFocus } from './useItemFocus';
import { useSelectionInView } from './useSelectionInView';
import { useTimelineFrame } from './useTimelineFrame';
import { useTimelineKeys } from './useTimelineKeys';
import { useTimelineLayout } from './useTimelineLayout';
import { useTimelineZoom } from './useTimelineZoom';
import { VerticalDay } from './VerticalDay';
import { baseDomain } from './zoomMath';
import './timeline.css';

/**
 * The day on a time axis: D3 computes the scales, ticks, lanes and clusters, React renders every
 * node. Context events outside the day sit in "Before" and "After" gutters.
 */
export function Timeline() {
  const story = useStory();
  const zoneChoice = useAppState((s) => s.zone);
  const selection = useAppState((s) => s.selection);
  const selectedId = selection?.kind === 'event' ? selection.id : null;
  const zones = useMemo(() => axisZones(zoneChoice, story), [zoneChoice, story]);
  const index = useMemo(() => buildTimelineIndex(story), [story]);
  const base = useMemo(() => baseDomain(story.dayExtent), [story]);
  const t = useT();
  const ids = `tl${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const rootRef = useRef<HTMLElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const { width, metrics, plot, narrow, foldLegend, measured, vertical, fontFamily, rootWidth } =
    useTimelineFrame(rootRef, plotRef, zones.secondary !== null);
  const gutterLayout = narrow && !vertical ? 'row' : 'column';
  const zoom = useTimelineZoom(svgRef, base, plot, metrics.height, usePrefersReducedMotion());
  const firstShown = foldedChips('before', index.before, gutterLayout)[0] ?? story.events[0];
  const focus = useItemFocus(rootRef, story, selectedId, firstShown?.id ?? null);
  const { tabStopId, resetTabStop, focusEvent } = focus;
  const layout = useTimelineLayout({
    story,
    index,
    domain: zoom.domain,
    plot,
    metrics,
    tabStopId,
    selection,
    off: vertical,
  });
  useSelectionInView({ story, reveal: zoom.reveal, resetTabStop });
  const keys = { story, zoom, tabStopId, focusEvent, vertical };
  const { onKeyDown, zoomAnchor } = useTimelineKeys(keys);

  const { zoomTo } = zoom;
  const onZoomTo = useCallback(
    (c: PlacedCluster) => zoomTo([c.startMs, c.endMs], 'smooth'),
    [zoomTo],
  );
  const zoomControls = useZoomControls(zoom, zoomAnchor);

  const at = (zoom.domain[0] + zoom.domain[1]) / 2;
  const hasContext = index.before.length + index.after.length > 0;
  const gutter = (side: 'before' | 'after') => (
    <ContextGutter
      side={side}
      events={side === 'before' ? index.before : index.after}
      zone={zones.primary}
      layout={gutterLayout}
      tabStopId={tabStopId}
      selectedId={selectedId}
      previewId={focus.previewId}
      tooltipId={`${ids}-tooltip`}
      handlers={focus.handlers}
    />
  );

  const rowContext = narrow && !vertical && hasContext;
  const { rootClass, plotClass } = timelineClasses(narrow, vertical);
  return (
    <section
      ref={rootRef}
      data-view="timeline"
      className={rootClass}
      aria-labelledby={`${ids}-heading`}
      aria-describedby={`${ids}-hint`}
      onKeyDown={onKeyDown}
    >
      <TimelineHeader
        ids={ids}
        zones={zones}
        at={at}
        hint={vertical ? t('timeline.hintVertical') : t('timeline.hint')}
      />
      <div className="timeline__body">
        {rowContext && (
          <div className="timeline__context">
            {index.before.length > 0 && gutter('before')}
            {index.after.length > 0 && gutter('after')}
          </div>
        )}
        {!rowContext && index.before.length > 0 && gutter('before')}
        {/* The same element in every layout: its size is followed from the first render on. */}
        <div className={plotClass} ref={plotRef}>
          {/* Drawn at once, from the window's width until measured: its height is then final. */}
          {vertical && (
            <VerticalDay
              events={index.plot}
              zones={zones}
              width={measured ? width : rootWidth - 2 * metrics.em}
              em={metrics.em}
              fontFamily={fontFamily}
              tabStopId={tabStopId}
              previewId={focus.previewId}
              tooltipId={`${ids}-tooltip`}
              handlers={focus.handlers}
            />
          )}
          {measured && !vertical && (
            <TimelinePlot
              svgRef={svgRef}
              width={width}
              metrics={metrics}
              plot={plot}
              domain={zoom.domain}
              layout={layout}
              zones={zones}
              idPrefix={ids}
              tabStopId={tabStopId}
              previewId={focus.previewId}
              tooltipId={`${ids}-tooltip`}
              handlers={focus.handlers}
              onZoomTo={onZoomTo}
            />
          )}
          {measured && !vertical && (
            <Playhead {...{ width, metrics, plot, zones }} domain={zoom.domain} axisRef={svgRef} />
          )}
        </div>
        {!rowContext && index.after.length > 0 && gutter('after')}
      </div>
      <TimelineFooter foldLegend={foldLegend} zoom={vertical ? null : zoomControls} />
      <EventTooltip
        id={`${ids}-tooltip`}
        eventId={focus.previewId}
        zone={zones.primary}
        containerRef={rootRef}
        revision={layout}
      />
    </section>
  );
}
