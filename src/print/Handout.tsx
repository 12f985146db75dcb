import { useEffect, useState } from 'react';
import { useStory } from '../state/hooks';
import { ProvenanceLine } from '../ui/Provenance';
import { HandoutContent } from './HandoutContent';
import { onPrintStart } from './printStart';
import './print.css';

/**
 * Up to this many events, places and quotes together, the handout is in the page from the
 * explorer's first render (hidden on screen), so printing however early prints all of it.
 * Larger stories draw it when printing starts: drawn any earlier, it would race the views as
 * they load (a third of a second of the main thread at 10,000 events, and an idle callback
 * fires in every wait for the network), for a page most readers never print.
 */
export const EAGER_HANDOUT_ITEMS = 1000;

/**
 * The printable handout, shown only in print media. Its words (title, timeline, tour, places,
 * sources) are part of the app's own code, never a chunk fetched later: printing must not wait
 * for the network. Only the map's drawing is loaded apart (see `HandoutFigure`); the list of
 * places beside it carries every coordinate.
 */
export function Handout() {
  const story = useStory();
  const small =
    story.events.length + story.places.length + story.quotes.length <= EAGER_HANDOUT_ITEMS;
  const [drawn, setDrawn] = useState(small);
  useEffect(
    function drawWhenPrinting() {
      if (drawn) return;
      return onPrintStart(() => setDrawn(true));
    },
    [drawn],
  );
  // `hidden` keeps it out of the page (and its accessibility tree) on screen even before any
  // style sheet applies; print.css shows it on paper.
  return (
    <div className="handout" hidden>
      <ProvenanceLine />
      {drawn && <HandoutContent />}
    </div>
  );
}
