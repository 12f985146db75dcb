import { memo, type RefObject } from 'react';
import { useT } from '../i18n/i18n';
import { AxisRow } from './AxisRow';
import { ClusterBadge } from './ClusterBadge';
import { EventMark } from './EventMark';
import type { ItemHandlers } from './itemHandlers';
import type { Extent } from './lanes';
import type { PlacedCluster, TimelineLayout } from './layout';
import { MarkLabels } from './MarkLabels';
import type { TimelineMetrics } from './metrics';
import type { Domain } from './zoomMath';

/** Props of the drawing: everything is computed; this only renders it. */
export interface TimelinePlotProps {
  svgRef: RefObject<SVGSVGElement | null>;
  width: number;
  metrics: TimelineMetrics;
  plot: Extent;
  domain: Domain;
  layout: TimelineLayout;
  zones: { primary: string; secondary: string | null };
  /** Unique prefix for ids inside the drawing (the clip path). */
  idPrefix: string;
  tabStopId: string | null;
  previewId: string | null;
  tooltipId: string;
  handlers: ItemHandlers;
  onZoomTo(cluster: PlacedCluster): void;
}

/** The SVG: the axis rows, the marks in their lanes and the badges, clipped to the plot. */
function TimelinePlotView(props: TimelinePlotProps) {
  const t = useT();
  const { svgRef, width, metrics: m, plot, domain, layout, zones, idPrefix } = props;
  const clipId = `${idPrefix}-clip`;
  return (
    <svg
      ref={svgRef}
      className="timeline__svg"
      width={width}
      height={m.height}
      aria-label={t('timeline.events')}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={plot[0]} y={0} width={Math.max(0, plot[1] - plot[0])} height={m.height} />
        </clipPath>
      </defs>
      <rect
        className="timeline__backdrop"
        x={plot[0]}
        y={0}
        width={Math.max(0, plot[1] - plot[0])}
        height={m.axisY}
      />
      <AxisRow
        zone={zones.primary}
        domain={domain}
        plot={plot}
        y={m.axisY}
        metrics={m}
        variant="primary"
        gridTop={m.firstLaneY - m.laneHeight / 2}
      />
      {zones.secondary && m.secondAxisY !== null && (
        <AxisRow
          zone={zones.secondary}
          domain={domain}
          plot={plot}
          y={m.secondAxisY}
          metrics={m}
          variant="secondary"
        />
      )}
      <g clipPath={`url(#${clipId})`}>
        <g className="timeline__marks">
          {layout.marks.map((mark) => (
            <EventMark
              key={mark.event.id}
              mark={mark}
              metrics={m}
              zone={zones.primary}
              tabbable={mark.event.id === props.tabStopId}
              describedBy={mark.event.id === props.previewId ? props.tooltipId : undefined}
              handlers={props.handlers}
            />
          ))}
        </g>
        <MarkLabels marks={layout.marks} metrics={m} />
        <g className="timeline__clusters">
          {layout.clusters.map((cluster) => (
            <ClusterBadge
              key={cluster.key}
              cluster={cluster}
              metrics={m}
              zone={zones.primary}
              onZoomTo={props.onZoomTo}
            />
          ))}
        </g>
      </g>
    </svg>
  );
}

export const TimelinePlot = memo(TimelinePlotView);
