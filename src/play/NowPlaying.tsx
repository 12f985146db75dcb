import { useT } from '../i18n/i18n';
import { useAppState, useSelect, useStory } from '../state/hooks';
import { formatEventTime } from '../story/eventTime';
import type { StoryEvent } from '../story/types';
import { resolveZone } from '../time/zone';
import { happeningAt, latestStarted } from './dayEvents';
import { useClockPhase, usePlayClock } from './usePlayClock';
import './play.css';

/** At most this many events are listed; a crowded story names the latest. */
const MAX_LINES = 4;

/**
 * What is happening at the playhead, for the details view: "≈ 10:54 AKDT — Putin’s plane lands".
 * An event known only by its order is placed between its neighbours, never given a clock time.
 * It follows the play clock and re-renders only when what is happening may change (never every
 * frame); the time is read out by the announcer.
 */
export function NowPlaying() {
  const story = useStory();
  const tr = useT();
  const clock = usePlayClock();
  const select = useSelect();
  const zone = resolveZone(
    useAppState((s) => s.zone),
    story,
  );
  const lines = useClockPhase(
    (t) => {
      if (t === null) return null;
      const happening = happeningAt(clock.model, t);
      if (happening.length > 0) {
        const shown = happening.slice(-MAX_LINES);
        const more = happening.length - shown.length;
        return {
          label:
            more > 0
              ? tr('play.happeningLatest', { shown: MAX_LINES, total: happening.length })
              : tr('play.happening'),
          items: shown.map(({ event, phase }) => ({ event, text: lineFor(event, phase) })),
        };
      }
      const last = latestStarted(clock.model, t);
      return last
        ? { label: tr('play.last'), items: [{ event: last, text: lineFor(last, 'now') }] }
        : { label: tr('play.beforeFirst'), items: [] };
      function lineFor(event: StoryEvent, phase: string): string {
        if (phase === 'between') {
          const w = clock.model.orderWindow(event);
          const title = event.title;
          if (w?.after && w.before)
            return tr('play.someTimeBetween', {
              after: w.after.title,
              before: w.before.title,
              title,
            });
          if (w?.after) return tr('play.someTimeAfter', { after: w.after.title, title });
          if (w?.before) return tr('play.someTimeBefore', { before: w.before.title, title });
          return tr('play.orderOnly', { title });
        }
        return tr('play.line', {
          time: formatEventTime(event, zone, story.date),
          title: event.title,
        });
      }
    },
    [zone, clock, story, tr],
  );

  if (!lines) return null;
  return (
    <section className="now-playing" aria-live="off" aria-labelledby="now-playing-heading">
      <h3 id="now-playing-heading" className="now-playing__heading">
        {lines.label}
      </h3>
      <ul className="now-playing__list">
        {lines.items.map(({ event, text }) => (
          <li key={event.id}>
            <button
              type="button"
              className="now-playing__item"
              onClick={() => select({ kind: 'event', id: event.id })}
            >
              {text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
