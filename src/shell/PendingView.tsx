/** Props of {@link PendingView}. */
export interface PendingViewProps {
  /** The DOM contract's `data-view` of the view it stands in for. */
  view: string;
  /** The view's heading, so the panel reads the same while it fills in. */
  title: string;
}

/**
 * Holds a view's place (its root, name and heading) for the frame before the view itself
 * renders, so the first paint needs less work and the panel never jumps.
 */
export function PendingView({ view, title }: PendingViewProps) {
  return (
    <section data-view={view} className="pending-view" aria-label={title} aria-busy="true">
      <div className="panel-heading">
        <h2 className="pending-view__title">{title}</h2>
      </div>
    </section>
  );
}
