import { englishT, type Translate } from '../i18n/i18n';
import type { Story } from '../story/types';
import { resolveZone, type ZoneChoice, zoneName } from '../time/zone';

/** One entry of the "Times in" list. */
export interface ZoneOption {
  readonly value: ZoneChoice;
  readonly label: string;
}

/** The zone's canonical IANA name, so `Etc/UTC`, `utc` and `UTC` count as one. */
function canonical(zone: string): string {
  try {
    const name = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal)$/i.test(name) ? 'UTC' : name;
  } catch {
    return zone;
  }
}

/**
 * The "Times in" choices: the story's zone, its second zone, UTC, the reader's own, and the
 * current choice if it is none of these. A fixed zone is offered once: a second zone of "UTC"
 * (or the story's own zone) is not listed twice, since two options with one value make the
 * select snap back to the first and give React a duplicate key.
 */
export function zoneChoices(
  story: Pick<Story, 'timezone' | 'secondTimezone'>,
  at: number,
  current: ZoneChoice,
  t: Translate = englishT,
): ZoneOption[] {
  const options: ZoneOption[] = [
    { value: 'story', label: t('zone.story', { zone: zoneName(story.timezone, at) }) },
  ];
  const fixed = new Set([canonical(story.timezone)]);
  const addFixed = (zone: string, label: string) => {
    const key = canonical(zone);
    if (fixed.has(key)) return;
    fixed.add(key);
    options.push({ value: key === 'UTC' ? 'UTC' : zone, label });
  };
  if (story.secondTimezone) addFixed(story.secondTimezone, zoneName(story.secondTimezone, at));
  addFixed('UTC', 'UTC');
  options.push({
    value: 'local',
    label: t('zone.yours', { zone: zoneName(resolveZone('local', story), at) }),
  });
  if (!options.some((o) => o.value === current)) {
    options.push({ value: current, label: zoneName(current, at) });
  }
  return options;
}
