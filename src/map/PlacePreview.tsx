import type { StoryEvent, StoryPlace } from '../story/model';
import { count, nouns } from '../words/plural';

/** Props of {@link PlacePreview}. */
export interface PlacePreviewProps {
  /** Links the preview to its marker as the marker's description. */
  id: string;
  place: StoryPlace;
  /** The events that happened there, in time order. */
  events: readonly StoryEvent[];
  quoteCount: number;
}

/** Shown on hover or focus: the events there, at most this many by name. */
const LISTED_EVENTS = 4;

/** The preview a marker shows on hover or focus: name, kind, and what happened there. */
export function PlacePreview({ id, place, events, quoteCount }: PlacePreviewProps) {
  const listed = events.slice(0, LISTED_EVENTS);
  const more = events.length - listed.length;
  return (
    <div id={id} className="place-preview">
      <strong className="place-preview__name">{place.name}</strong>
      {place.kind && <span className="place-preview__kind">{place.kind}</span>}
      {listed.length > 0 ? (
        <ul className="place-preview__events">
          {listed.map((e) => (
            <li key={e.id}>{e.title}</li>
          ))}
          {more > 0 && <li className="place-preview__more">and {more} more</li>}
        </ul>
      ) : (
        <span className="place-preview__none">No events here.</span>
      )}
      {quoteCount > 0 && (
        <span className="place-preview__quotes">{count(quoteCount, nouns('quote'))}</span>
      )}
    </div>
  );
}
