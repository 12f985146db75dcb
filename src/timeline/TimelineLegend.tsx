import { memo, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';

/** One legend entry: a small drawing in the marks' own classes, and its meaning. */
function Entry({
  swatch,
  children,
  state,
}: {
  swatch: ReactNode;
  children: ReactNode;
  state?: string;
}) {
  return (
    <li className="tl-legend__entry">
      <svg
        className="tl-legend__swatch"
        width="28"
        height="14"
        viewBox="0 0 28 14"
        aria-hidden="true"
      >
        <g className={state ? `tl-state--${state}` : undefined}>{swatch}</g>
      </svg>
      {children}
    </li>
  );
}

const dot = (className: string) => (
  <g className={className}>
    <circle className="tl-mark__ring" cx="14" cy="7" r="6" />
    <circle className="tl-mark__shape" cx="14" cy="7" r="4" />
  </g>
);

/** Props of the legend. */
export interface TimelineLegendProps {
  /** In a narrow panel the legend folds into a "Legend" disclosure. */
  folded: boolean;
}

/** What the shapes mean: told by shape, outline and ring as well as colour. */
function TimelineLegendView({ folded }: TimelineLegendProps) {
  const t = useT();
  if (!folded) return <LegendList />;
  return (
    <details className="tl-legend-fold">
      <summary className="tl-legend-fold__summary">{t('legend.title')}</summary>
      <LegendList />
    </details>
  );
}

function LegendList() {
  const t = useT();
  return (
    <ul className="tl-legend" aria-label={t('legend.title')}>
      <Entry swatch={dot('tl-mark tl-mark--instant tl-mark--exact')}>{t('legend.moment')}</Entry>
      <Entry
        swatch={
          <g className="tl-mark tl-mark--span tl-mark--exact">
            <rect className="tl-mark__shape" x="3" y="3.5" width="22" height="7" rx="2" />
          </g>
        }
      >
        {t('legend.span')}
      </Entry>
      <Entry
        swatch={
          <g className="tl-mark tl-mark--instant tl-mark--approx">
            <g className="tl-mark__whisker">
              <line x1="2" x2="26" y1="7" y2="7" />
              <line x1="2" x2="2" y1="3" y2="11" />
              <line x1="26" x2="26" y1="3" y2="11" />
            </g>
            <circle className="tl-mark__shape" cx="14" cy="7" r="4" />
          </g>
        }
      >
        {t('legend.approx')}
      </Entry>
      <Entry
        swatch={
          <g className="tl-mark tl-mark--instant tl-mark--order">
            <g className="tl-mark__whisker">
              <line x1="2" x2="26" y1="7" y2="7" />
            </g>
            <circle className="tl-mark__shape" cx="14" cy="7" r="4" />
          </g>
        }
      >
        {t('legend.order')}
      </Entry>
      <Entry
        swatch={<rect className="tl-legend__context" x="2" y="2" width="24" height="10" rx="3" />}
      >
        {t('legend.context')}
      </Entry>
      <Entry state="selected" swatch={dot('tl-mark tl-mark--instant tl-mark--exact')}>
        {t('legend.selected')}
      </Entry>
      <Entry state="related" swatch={dot('tl-mark tl-mark--instant tl-mark--exact')}>
        {t('legend.related')}
      </Entry>
      <Entry
        swatch={
          <g className="tl-cluster">
            <rect className="tl-cluster__badge" x="1" y="1" width="26" height="12" rx="6" />
            <text className="tl-cluster__count" x="14" y="10.5" textAnchor="middle" fontSize="9">
              +9
            </text>
          </g>
        }
      >
        {t('legend.more')}
      </Entry>
    </ul>
  );
}

export const TimelineLegend = memo(TimelineLegendView);
