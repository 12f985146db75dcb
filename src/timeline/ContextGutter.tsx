import { memo, useState } from 'react';
import { useT } from '../i18n/i18n';
import type { StoryEvent } from '../story/types';
import { ContextChip } from './ContextChip';
import type { ItemHandlers } from './itemHandlers';

/** Chips shown per gutter before "more": a column beside the plot, or one row when narrow. */
const CHIPS = { column: 3, row: 1 } as const;

/**
 * The gutter chips shown while the gutter is folded: the ones nearest the day. The earliest of
 * them is where Tab lands by default, so the default tab stop is always on screen.
 */
export function foldedChips(
  side: 'before' | 'after',
  events: readonly StoryEvent[],
  layout: 'column' | 'row',
): readonly StoryEvent[] {
  const count = CHIPS[layout];
  return side === 'before' ? events.slice(-count) : events.slice(0, count);
}

/** Props of the "Before" or "After" gutter. */
export interface ContextGutterProps {
  side: 'before' | 'after';
  /** The gutter's events in time order. */
  events: readonly StoryEvent[];
  zone: string;
  /** A column beside the plot, or (in a narrow panel) a row above it. */
  layout: 'column' | 'row';
  /** The timeline's tab stop and selected event: always shown, even beyond the first chips. */
  tabStopId: string | null;
  selectedId: string | null;
  /** The event whose preview shows, and the tooltip's id. */
  previewId: string | null;
  tooltipId: string;
  handlers: ItemHandlers;
}

/** The chips nearest the day, plus the tab stop and the selection wherever they are. */
function shownEvents(
  side: 'before' | 'after',
  events: readonly StoryEvent[],
  layout: 'column' | 'row',
  keep: readonly (string | null)[],
): readonly StoryEvent[] {
  const near = foldedChips(side, events, layout);
  if (near.length === events.length) return events;
  const extra = events.filter((e) => keep.includes(e.id) && !near.includes(e));
  return extra.length ? [...near, ...extra].sort((a, b) => a.order - b.order) : near;
}

/**
 * Context events outside the day's window, at the plot's left ("Before") or right ("After") edge,
 * so that they are never silently dropped. Beyond the first few, a "more" button shows them all.
 */
function ContextGutterView(props: ContextGutterProps) {
  const { side, events, zone, layout, tabStopId, selectedId, previewId, tooltipId, handlers } =
    props;
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? events : shownEvents(side, events, layout, [tabStopId, selectedId]);
  const hidden = events.length - shown.length;
  const t = useT();
  const title = side === 'before' ? t('timeline.before') : t('timeline.after');
  const more =
    layout === 'row'
      ? t('timeline.moreShort', { n: hidden })
      : side === 'before'
        ? t('timeline.moreEarlier', { n: hidden })
        : t('timeline.moreLater', { n: hidden });
  // The names begin with the visible text, as WCAG 2.5.3 asks.
  const toggle = (hidden > 0 || expanded) && (
    <button
      type="button"
      className="tl-gutter__more"
      aria-expanded={expanded}
      aria-label={
        expanded
          ? t('timeline.fewerLabel')
          : side === 'before'
            ? t('timeline.moreEarlierLabel', { n: hidden })
            : t('timeline.moreLaterLabel', { n: hidden })
      }
      onClick={() => setExpanded(!expanded)}
    >
      {expanded ? t('timeline.fewer') : more}
    </button>
  );
  return (
    <section
      className={`tl-gutter tl-gutter--${side} tl-gutter--${layout}`}
      aria-label={side === 'before' ? t('timeline.beforeDay') : t('timeline.afterDay')}
    >
      <h3 className="tl-gutter__title">
        {side === 'before' && <span aria-hidden="true">← </span>}
        <span className="tl-gutter__label">{title}</span>
        {side === 'after' && <span aria-hidden="true"> →</span>}
      </h3>
      <ul className="tl-gutter__list">
        {shown.map((event) => (
          <li key={event.id} className="tl-gutter__item">
            <ContextChip
              event={event}
              zone={zone}
              tabbable={event.id === tabStopId}
              describedBy={event.id === previewId ? tooltipId : undefined}
              handlers={handlers}
            />
          </li>
        ))}
      </ul>
      {toggle}
    </section>
  );
}

export const ContextGutter = memo(ContextGutterView);
