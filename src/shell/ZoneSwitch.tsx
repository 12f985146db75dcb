import { useAppState, useStore, useStory } from '../state/hooks';
import type { ZoneChoice } from '../state/store';
import { resolveZone, zoneName } from '../story/zone';

/** Story zone / second zone / UTC / viewer's local: relabels times, never moves events. */
export function ZoneSwitch() {
  const story = useStory();
  const store = useStore();
  const zone = useAppState((s) => s.zone);
  const at = story.dayExtent[0];
  const options: { value: ZoneChoice; label: string }[] = [
    { value: 'story', label: `Story time: ${zoneName(story.timezone, at)}` },
  ];
  if (story.secondTimezone)
    options.push({ value: story.secondTimezone, label: zoneName(story.secondTimezone, at) });
  options.push(
    { value: 'UTC', label: 'UTC' },
    { value: 'local', label: `Your time: ${zoneName(resolveZone('local', story), at)}` },
  );
  if (!options.some((o) => o.value === zone))
    options.push({ value: zone, label: zoneName(zone, at) });
  return (
    <label className="zone-switch">
      <span className="zone-switch__label">Times in</span>
      <select value={zone} onChange={(e) => store.set({ zone: e.currentTarget.value })}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
