import { useLocale, useT } from '../i18n/i18n';
import { useAppState, useStore, useStory } from '../state/hooks';
import { zoneChoices } from './zoneChoices';

/** Story zone / second zone / UTC / viewer's local: relabels times, never moves events. */
export function ZoneSwitch() {
  const story = useStory();
  const t = useT();
  useLocale();
  const store = useStore();
  const zone = useAppState((s) => s.zone);
  const options = zoneChoices(story, story.dayExtent[0], zone, t);
  return (
    <label className="zone-switch">
      <span className="zone-switch__label">{t('zone.label')}</span>
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
