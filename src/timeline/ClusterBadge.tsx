import { type KeyboardEvent, memo, useRef } from 'react';
import { formatLang } from '../i18n/format';
import { useLocale, useT } from '../i18n/i18n';
import { useAppState, useStory } from '../state/hooks';
import type { StoryEvent } from '../story/types';
import { formatClock, zoneAbbreviation } from '../time/zone';
import { estimateTextWidth } from './labels';
import type { PlacedCluster } from './layout';
import type { TimelineMetrics } from './metrics';

/** Props of a badge counting crowded events. */
export interface ClusterBadgeProps {
  cluster: PlacedCluster;
  metrics: TimelineMetrics;
  /** The IANA zone the accessible name gives times in. */
  zone: string;
  /** Zooms the plot to the cluster's events. */
  onZoomTo(cluster: PlacedCluster): void;
}

type Contains = 'selected' | 'related' | 'none';

const EVENT_PREFIX = 'event:';

/**
 * Whether the selection, or something related to it, is among these events. A badge may stand for
 * thousands of events, so it walks the selection's links (a few) rather than its events.
 */
function useContains(events: readonly StoryEvent[]): Contains {
  const story = useStory();
  // Built only once something is selected: zooming re-lays out badges every frame.
  const ids = useRef<{ of: readonly StoryEvent[]; ids: Set<string> } | null>(null);
  const idsOf = () => {
    if (ids.current?.of !== events)
      ids.current = { of: events, ids: new Set(events.map((e) => e.id)) };
    return ids.current.ids;
  };
  return useAppState((s) => {
    if (!s.selection) return 'none';
    const inBadge = idsOf();
    if (s.selection.kind === 'event' && inBadge.has(s.selection.id)) return 'selected';
    for (const key of story.relatedTo(s.selection)) {
      if (key.startsWith(EVENT_PREFIX) && inBadge.has(key.slice(EVENT_PREFIX.length))) {
        return 'related';
      }
    }
    return 'none';
  });
}

/** `+37`: events with no room in the lanes; activating it zooms in on them. */
function ClusterBadgeView({ cluster, metrics: m, zone, onZoomTo }: ClusterBadgeProps) {
  const t = useT();
  useLocale();
  const contains = useContains(cluster.events);
  const count = cluster.events.length;
  const text = `+${groupDigits(count)}`;
  const width = estimateTextWidth(text, m.tickFont) + 0.8 * m.em;
  const height = 1.15 * m.em;
  const from = formatClock(cluster.startMs, zone);
  const to = formatClock(cluster.endMs, zone);
  const when = from === to ? from : `${from}–${to}`;
  const name = t('timeline.clusterLabel', {
    n: count,
    // Ungrouped, as the badge's text is read back as a number.
    count: String(count),
    when: `${when} ${zoneAbbreviation(zone, cluster.startMs)}`,
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onZoomTo(cluster);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the group is the control.
    <g
      className="tl-cluster"
      data-contains={contains}
      transform={`translate(${cluster.x} ${m.clusterY})`}
      role="button"
      tabIndex={0}
      aria-label={name}
      onClick={() => onZoomTo(cluster)}
      onKeyDown={onKeyDown}
    >
      <rect
        className="tl-cluster__badge"
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        rx={height / 2}
      />
      <text
        className="tl-cluster__count"
        y={0}
        dy="0.35em"
        textAnchor="middle"
        fontSize={m.tickFont}
      >
        {text}
      </text>
    </g>
  );
}

function sameCluster(a: PlacedCluster, b: PlacedCluster): boolean {
  return (
    a === b ||
    (a.key === b.key &&
      a.x === b.x &&
      a.events.length === b.events.length &&
      a.events[0] === b.events[0] &&
      a.events.at(-1) === b.events.at(-1))
  );
}

/** Memoised on what it draws: a new layout that leaves the badge in place does not re-render it. */
export const ClusterBadge = memo(
  ClusterBadgeView,
  (a, b) =>
    sameCluster(a.cluster, b.cluster) &&
    a.metrics === b.metrics &&
    a.zone === b.zone &&
    a.onZoomTo === b.onZoomTo,
);

/**
 * `12,345`: digits grouped in threes, as `toLocaleString` would, without loading the locale's
 * number formats in the middle of the first render; Russian and Ukrainian group with a space.
 */
export function groupDigits(n: number): string {
  const separator = formatLang() === 'en' ? ',' : '\u00a0';
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
