import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useAppState, useStory } from '../state/hooks';
import { formatClock, resolveZone, zoneAbbreviation } from '../time/zone';
import { happeningAt, latestStarted } from './dayEvents';
import { useClockPhase, usePlayClock } from './usePlayClock';

/** The least time between two read-outs: a screen reader is not a ticker. */
export const ANNOUNCE_INTERVAL_MS = 4000;

/**
 * A polite live region that reads out the time and what is happening, only when what is
 * happening changes, and not more often than every {@link ANNOUNCE_INTERVAL_MS}.
 */
export function PlayAnnouncer() {
  const story = useStory();
  const clock = usePlayClock();
  const zone = resolveZone(
    useAppState((s) => s.zone),
    story,
  );
  const tr = useT();
  const [message, setMessage] = useState('');
  const last = useRef({ key: '', at: Number.NEGATIVE_INFINITY });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Recomputed when what is happening may change: the time read out is when it did.
  const now = useClockPhase(
    (t) => {
      if (t === null) return null;
      const happening = happeningAt(clock.model, t);
      const current = happening[happening.length - 1]?.event ?? latestStarted(clock.model, t);
      const key = happening.map((a) => a.event.id).join(' ') || `after:${current?.id ?? ''}`;
      const what = current ? current.title : tr('play.beforeFirst');
      const text = tr('play.announce', {
        time: `${formatClock(t, zone)} ${zoneAbbreviation(zone, t)}`,
        what,
      });
      return { key, text };
    },
    [zone, clock, tr],
  );

  useEffect(() => {
    if (!now || now.key === last.current.key) return;
    const wait = last.current.at + ANNOUNCE_INTERVAL_MS - performance.now();
    clearTimeout(timer.current);
    const say = () => {
      last.current = { key: now.key, at: performance.now() };
      setMessage(now.text);
    };
    if (wait <= 0) say();
    else timer.current = setTimeout(say, wait);
  }, [now]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <span className="visually-hidden" role="status" aria-live="polite">
      {message}
    </span>
  );
}
