import { useId, useMemo, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useAppState, useStore, useStory } from '../state/hooks';

/** Speakers shown before "More": a story with many voices keeps the quotes in view. */
const FIRST_SPEAKERS = 4;

/** Toggle buttons that narrow the list to some speakers; "Everyone" resets. */
export function SpeakerFilter() {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const story = useStory();
  const store = useStore();
  const t = useT();
  const speakers = useAppState((s) => s.speakers);
  const options = useMemo(() => {
    const counts = new Map<string, number>();
    for (const q of story.quotes) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
    return [...counts]
      .map(([id, count]) => ({ id, count, name: story.personById.get(id)?.name ?? id }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }, [story]);
  if (options.length < 2) return null;

  const toggle = (id: string) => {
    const current = new Set(speakers ?? []);
    if (current.has(id)) current.delete(id);
    else current.add(id);
    store.set({
      speakers: current.size === 0 || current.size === options.length ? null : [...current],
    });
  };

  const hidden = options.length - FIRST_SPEAKERS;
  const folded = hidden > 1 && !expanded;
  // A chosen speaker stays in view when the list is folded.
  const shown = folded
    ? options.filter((o, i) => i < FIRST_SPEAKERS || speakers?.includes(o.id))
    : options;

  return (
    <fieldset className="speaker-filter" id={listId}>
      <legend className="visually-hidden">{t('quotes.by')}</legend>
      <button
        type="button"
        className="chip"
        aria-pressed={speakers === null}
        onClick={() => store.set({ speakers: null })}
      >
        {t('quotes.everyone')}
      </button>
      {shown.map((o) => (
        <button
          key={o.id}
          type="button"
          className="chip"
          aria-pressed={speakers?.includes(o.id) ?? false}
          onClick={() => toggle(o.id)}
        >
          {o.name} <span className="chip__count">{o.count}</span>
        </button>
      ))}
      {hidden > 1 && (
        <button
          type="button"
          className="chip chip--more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('quotes.fewerSpeakers') : t('quotes.moreSpeakers', { n: hidden })}
        </button>
      )}
    </fieldset>
  );
}
