import { scaleLinear } from 'd3-scale';
import { useMemo, useRef } from 'react';
import type { Selection } from '../story/selection';
import type { Story } from '../story/types';
import { eventsInWindow, gutterOf, type TimelineIndex } from './eventIndex';
import type { Extent } from './lanes';
import { layoutTimeline, relabel, type TimelineLayout } from './layout';
import type { TimelineMetrics } from './metrics';
import type { Domain } from './zoomMath';

/** Events this far left of the window (in em) are laid out too, so their labels claim their room. */
const LEFT_MARGIN_EM = 16;

/** What the plot shows of the story in the window. */
export interface TimelineLayoutInput {
  story: Story;
  index: TimelineIndex;
  domain: Domain;
  plot: Extent;
  metrics: TimelineMetrics;
  /** The keyboard's tab stop and the selection: always drawn, even in a crowd. */
  tabStopId: string | null;
  /** The selection: its event and the related ones are drawn with their labels first. */
  selection: Selection | null;
  /** Nothing to lay out: the day runs down the screen instead (see `VerticalDay`). */
  off?: boolean;
}

const NOTHING: TimelineLayout = { marks: [], clusters: [] };

/** At most this many related events are drawn out of badges: a bound for very large stories. */
const MAX_RAISED = 60;
const EVENT = 'event:';

/**
 * The events whose labels go first: the selected event, then the related events in time order.
 * All are on the plot (not in the Before and After gutters).
 */
export function raisedEvents(story: Story, selection: Selection | null): readonly string[] {
  if (!selection) return [];
  const ids: string[] = [];
  if (selection.kind === 'event') ids.push(selection.id);
  const related = [...story.relatedTo(selection)]
    .filter((key) => key.startsWith(EVENT))
    .map((key) => story.eventById.get(key.slice(EVENT.length)))
    .filter((e) => e !== undefined && gutterOf(e, story.dayExtent) === null)
    .sort((a, b) => a!.order - b!.order)
    .slice(0, MAX_RAISED);
  for (const e of related) ids.push(e!.id);
  return ids.filter((id) => {
    const event = story.eventById.get(id);
    return event !== undefined && gutterOf(event, story.dayExtent) === null;
  });
}

/** The last layout and what it was made from. */
interface LastLayout {
  readonly index: TimelineIndex;
  readonly domain: Domain;
  readonly plot: Extent;
  readonly metrics: TimelineMetrics;
  readonly layout: TimelineLayout;
  /** Ids of the events it draws as marks. */
  readonly drawn: ReadonlySet<string>;
}

/**
 * The marks and badges for the visible window: a binary search finds the visible events, and only
 * they are laid out. Memoised on the window, the plot's size, the story and the pinned events;
 * a new selection only places the drawn marks' labels again.
 */
export function useTimelineLayout(input: TimelineLayoutInput): TimelineLayout {
  const { story, index, domain, plot, metrics, tabStopId, selection, off = false } = input;
  const priority = useMemo(() => raisedEvents(story, selection), [story, selection]);
  const pinned = useMemo(
    () =>
      [...new Set([tabStopId, ...priority])].flatMap((id) => {
        const event = id ? story.eventById.get(id) : undefined;
        return event && gutterOf(event, story.dayExtent) === null ? [event] : [];
      }),
    [story, tabStopId, priority],
  );
  const last = useRef<LastLayout | null>(null);
  const laidOut = useMemo(() => {
    // The vertical day measures and places its own rows: the plot's marks are not drawn.
    if (off) return NOTHING;
    // Selecting an event that is already drawn changes nothing here: keep the layout, so that
    // only the marks whose state changed re-render (at 10,000 events a new layout costs ~10 ms).
    const prev = last.current;
    if (
      prev &&
      prev.index === index &&
      prev.domain === domain &&
      prev.plot === plot &&
      prev.metrics === metrics &&
      pinned.every((e) => prev.drawn.has(e.id))
    ) {
      return prev.layout;
    }
    const [d0, d1] = domain;
    const msPerPx = (d1 - d0) / (plot[1] - plot[0]);
    const x = scaleLinear().domain(domain).range(plot);
    const margin = metrics.em * msPerPx;
    const events = eventsInWindow(index, d0 - LEFT_MARGIN_EM * margin, d1 + margin);
    const layout = layoutTimeline({ events, pinned, x, msPerPx, plot, metrics });
    const drawn = new Set(layout.marks.map((m) => m.event.id));
    last.current = { index, domain, plot, metrics, layout, drawn };
    return layout;
  }, [index, domain, plot, metrics, pinned, off]);
  // A new selection places the drawn marks' labels again, with the selected and related first.
  return useMemo(
    () =>
      off || (priority.length === 0 && laidOut.marks.every((m) => !m.raised))
        ? laidOut
        : { ...laidOut, marks: relabel(laidOut.marks, priority, plot, metrics) },
    [laidOut, priority, plot, metrics, off],
  );
}
