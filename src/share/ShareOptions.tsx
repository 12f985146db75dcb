import { useId } from 'react';
import { useStory } from '../state/hooks';
import type { ViewChoice } from '../state/store';
import type { Selection } from '../story/selection';
import { resolveZone, type ZoneChoice, zoneName } from '../time/zone';
import { VIEW_INFO } from '../views/catalog';
import { itemTitle } from './itemTitle';
import type { ShareChoice } from './shareLinks';

interface Props {
  /** The reader's selection when the dialog opened: the "current" start option. */
  current: Selection | null;
  choice: ShareChoice;
  onChange(choice: ShareChoice): void;
}

const VIEW_OPTIONS: readonly { value: string; label: string }[] = [
  { value: 'all', label: 'All views, linked' },
  ...VIEW_INFO.flatMap((v) => (v.alone === null ? [] : [{ value: v.id, label: v.alone }])),
];

/** What a shared link or embed starts with: the selection, the view and the time zone. */
export function ShareOptions({ current, choice, onChange }: Props) {
  const story = useStory();
  const name = useId();
  const at = story.dayExtent[0];
  const zones: { value: ZoneChoice; label: string }[] = [
    { value: 'story', label: `Story time: ${zoneName(story.timezone, at)}` },
    ...(story.secondTimezone
      ? [{ value: story.secondTimezone, label: zoneName(story.secondTimezone, at) }]
      : []),
    { value: 'UTC', label: 'UTC' },
    {
      value: 'local',
      label: `The reader’s own time (yours: ${zoneName(resolveZone('local', story), at)})`,
    },
  ];
  if (!zones.some((z) => z.value === choice.zone))
    zones.push({ value: choice.zone, label: zoneName(choice.zone, at) });

  return (
    <div className="share-options">
      <fieldset className="share-options__group">
        <legend>Start with</legend>
        <label className="share-options__radio">
          <input
            type="radio"
            name={name}
            checked={current !== null && choice.selection !== null}
            disabled={current === null}
            onChange={() => onChange({ ...choice, selection: current })}
          />
          {current
            ? `The current selection: ${itemTitle(story, current)}`
            : 'The current selection (nothing is selected)'}
        </label>
        <label className="share-options__radio">
          <input
            type="radio"
            name={name}
            checked={choice.selection === null}
            onChange={() => onChange({ ...choice, selection: null })}
          />
          Nothing selected
        </label>
      </fieldset>
      <label className="share-options__select">
        <span>View</span>
        <select
          value={choice.view}
          onChange={(e) => onChange({ ...choice, view: e.currentTarget.value as ViewChoice })}
        >
          {VIEW_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="share-options__select">
        <span>Times in</span>
        <select
          value={choice.zone}
          onChange={(e) => onChange({ ...choice, zone: e.currentTarget.value })}
        >
          {zones.map((z) => (
            <option key={z.value} value={z.value}>
              {z.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
