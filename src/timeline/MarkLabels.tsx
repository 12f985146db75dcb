import { memo } from 'react';
import { useItemState, useStory } from '../state/hooks';
import type { PlacedMark } from './layout';
import type { TimelineMetrics } from './metrics';

/** Props of one mark's label. */
interface MarkLabelProps {
  mark: PlacedMark;
  metrics: TimelineMetrics;
}

/**
 * A mark's label, in the layer above every mark: a selected or related label may cross other
 * marks, and is drawn over them. The mark's own group carries the name and the pointer, so the
 * label is only drawn (the layer is hidden from assistive technology and lets the pointer through).
 */
function MarkLabelView({ mark, metrics: m }: MarkLabelProps) {
  const state = useItemState('event', mark.event.id);
  const story = useStory();
  const inside = mark.labelInside ? ' tl-mark__label--inside' : '';
  return (
    <text
      className={`tl-mark__label tl-state--${state}${inside}`}
      data-label-for={mark.event.id}
      lang={story.langOf('events', mark.event.id, 'title')}
      x={mark.labelX}
      y={mark.y}
      dy="0.35em"
      fontSize={m.labelFont}
      textAnchor={mark.labelAnchor}
    >
      {mark.label}
    </text>
  );
}

const MarkLabel = memo(
  MarkLabelView,
  (a, b) =>
    a.metrics === b.metrics &&
    a.mark.event === b.mark.event &&
    a.mark.label === b.mark.label &&
    a.mark.labelX === b.mark.labelX &&
    a.mark.y === b.mark.y &&
    a.mark.labelAnchor === b.mark.labelAnchor &&
    a.mark.labelInside === b.mark.labelInside,
);

/** The labels of the drawn marks; the raised ones (selected, related) last, so on top. */
export function MarkLabels({
  marks,
  metrics,
}: {
  marks: readonly PlacedMark[];
  metrics: TimelineMetrics;
}) {
  const labelled = marks.filter((mark) => mark.label);
  const ordered = [
    ...labelled.filter((mark) => !mark.raised),
    ...labelled.filter((mark) => mark.raised).reverse(),
  ];
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group of text, never focusable.
    <g className="timeline__labels" aria-hidden="true">
      {ordered.map((mark) => (
        <MarkLabel key={mark.event.id} mark={mark} metrics={metrics} />
      ))}
    </g>
  );
}
