import { useT } from '../i18n/i18n';
import { NowPlaying } from '../play/NowPlaying';
import { useAppState } from '../state/hooks';
import { EventDetails } from './EventDetails';
import { PlaceDetails } from './PlaceDetails';
import { QuoteDetails } from './QuoteDetails';
import { StoryOverview } from './StoryOverview';
import './details.css';

/** The selected item in full: time with its precision, place, people, summary, sources. */
export function DetailsView() {
  const t = useT();
  const selection = useAppState((s) => s.selection);
  return (
    <section
      data-view="details"
      className="details"
      aria-labelledby="details-heading"
      aria-live="polite"
    >
      <div className="panel-heading">
        <h2 id="details-heading" className="details__heading">
          {selection ? t('details.selected', { kind: selection.kind }) : t('details.title')}
        </h2>
      </div>
      <NowPlaying />
      {/* A scrolling region must be reachable by keyboard even when it holds no link. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll by keyboard */}
      <div className="details__body" tabIndex={0}>
        {!selection && <StoryOverview />}
        {selection?.kind === 'event' && <EventDetails id={selection.id} />}
        {selection?.kind === 'place' && <PlaceDetails id={selection.id} />}
        {selection?.kind === 'quote' && <QuoteDetails id={selection.id} />}
      </div>
    </section>
  );
}
