import type { Story } from '../story/types';
import { resolveZone, type ZoneChoice } from '../time/zone';

/** The zones of the two axis rows, as IANA names. */
export interface AxisZones {
  /** The zone the reader chose: labels the main axis, the tooltips and the accessible names. */
  readonly primary: string;
  /** The other zone, drawn as a second labelled row; `null` when there is nothing else to show. */
  readonly secondary: string | null;
}

/**
 * The second row shows the story's second zone (Moscow), or the story's own zone when the reader
 * has chosen the second zone; a story without a second zone falls back to UTC.
 */
export function axisZones(
  choice: ZoneChoice,
  story: Pick<Story, 'timezone' | 'secondTimezone'>,
): AxisZones {
  const primary = resolveZone(choice, story);
  const second = story.secondTimezone;
  if (second && second !== primary) return { primary, secondary: second };
  if (story.timezone !== primary) return { primary, secondary: story.timezone };
  return { primary, secondary: primary === 'UTC' ? null : 'UTC' };
}
