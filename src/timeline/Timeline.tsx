import { useCallback, useId, useMemo, useRef } from 'react';
import { PlayControls } from '../play/PlayControls';
import { useAppState, useStory } from '../state/hooks';
import { zoneName } from '../story/zone';
import { axisZones } from './axisZones';
import { ContextGutter, foldedChips } from './ContextGutter';
import { EventTooltip } from './EventTooltip';
import { buildTimelineIndex } from './eventIndex';
import type { PlacedCluster } from './layout';
import { Playhead } from './Playhead';
import { TimelineLegend } from './TimelineLegend';
import { TimelinePlot } from './TimelinePlot';
import { useItemFocus } from './useItemFocus';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { useSelectionInView } from './useSelectionInView';
import { useTimelineFrame } from './useTimelineFrame';
import { useTimelineKeys } from './useTimelineKeys';
import { useTimelineLayout } from './useTimelineLayout';
import { useTimelineZoom } from './useTimelineZoom';
import { ZoomControls } from './ZoomControls';
import { baseDomain } from './zoomMath';
import './timeline.css';

/**
 * The day on a time axis: D3 computes the scales, ticks, lanes and clusters, React renders every
 * node. Context events outside the day sit in "Before" and "After" gutters.
 */
export function Timeline() {
  const story = useStory();
  const zoneChoice = useAppState((s) => s.zone);
  const selectedId = useAppState((s) => (s.selection?.kind === 'event' ? s.selection.id : null));
  const zones = useMemo(() => axisZones(zoneChoice, story), [zoneChoice, story]);
  const index = useMemo(() => buildTimelineIndex(story), [story]);
  const base = useMemo(() => baseDomain(story.dayExtent), [story]);
  const ids = `tl${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const rootRef = useRef<HTMLElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const { width, metrics, plot, narrow, foldLegend, measured } = useTimelineFrame(
    rootRef,
    plotRef,
    zones.secondary !== null,
  );
  const gutterLayout = narrow ? 'row' : 'column';
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
    selectedId,
  });
  useSelectionInView({ story, reveal: zoom.reveal, resetTabStop });
  const { onKeyDown, zoomAnchor } = useTimelineKeys({ story, zoom, tabStopId, focusEvent });

  const { zoomTo, zoomBy } = zoom;
  const onZoomTo = useCallback(
    (c: PlacedCluster) => zoomTo([c.startMs, c.endMs], 'smooth'),
    [zoomTo],
  );
  const onZoomIn = useCallback(() => zoomBy(2, zoomAnchor()), [zoomBy, zoomAnchor]);
  const onZoomOut = useCallback(() => zoomBy(0.5, zoomAnchor()), [zoomBy, zoomAnchor]);

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

  return (
    <section
      ref={rootRef}
      data-view="timeline"
      className={narrow ? 'timeline timeline--narrow' : 'timeline'}
      aria-labelledby={`${ids}-heading`}
      aria-describedby={`${ids}-hint`}
      onKeyDown={onKeyDown}
    >
      <header className="timeline__header">
        <h2 id={`${ids}-heading`} className="timeline__heading">
          Timeline
        </h2>
        <p className="timeline__zone">
          {zoneName(zones.primary, at)}
          {zones.secondary && (
            <span className="timeline__zone-second"> · {zoneName(zones.secondary, at)}</span>
          )}
        </p>
        <p id={`${ids}-hint`} className="tl-visually-hidden">
          Left and Right arrow keys move between events, Home and End go to the first and last,
          Enter selects. Plus and minus zoom, 0 resets the view.
        </p>
      </header>
      <div className="timeline__body">
        {narrow && hasContext && (
          <div className="timeline__context">
            {index.before.length > 0 && gutter('before')}
            {index.after.length > 0 && gutter('after')}
          </div>
        )}
        {!narrow && index.before.length > 0 && gutter('before')}
        <div className="timeline__plot" ref={plotRef}>
          {measured && (
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
          {measured && <Playhead {...{ width, metrics, plot, zones }} domain={zoom.domain} />}
        </div>
        {!narrow && index.after.length > 0 && gutter('after')}
      </div>
      <footer className="timeline__footer">
        <TimelineLegend folded={foldLegend} />
        <PlayControls />
        <ZoomControls
          canZoomIn={zoom.canZoomIn}
          canZoomOut={zoom.canZoomOut}
          onZoomIn={onZoomIn}
          onZoomOut={onZoomOut}
          onReset={zoom.reset}
        />
      </footer>
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
