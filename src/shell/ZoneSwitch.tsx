import { useAppState, useStore, useStory } from '../state/hooks';
import { zoneChoices } from './zoneChoices';

/** Story zone / second zone / UTC / viewer's local: relabels times, never moves events. */
export function ZoneSwitch() {
  const story = useStory();
  const store = useStore();
  const zone = useAppState((s) => s.zone);
  const options = zoneChoices(story, story.dayExtent[0], zone);
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
