import { useT } from '../i18n/i18n';
import { parseT } from '../play/clock';
import { useStory } from '../state/hooks';
import { formatClock, zoneAbbreviation } from '../time/zone';
import type { ShareChoice } from './shareLinks';

/** Props of {@link ShareTimeOption}. */
export interface ShareTimeOptionProps {
  /** The playhead when the dialog opened, or `null` when no time is set. */
  current: string | null;
  choice: ShareChoice;
  onChange(choice: ShareChoice): void;
}

/** In the Share & embed dialog: open the link at the playhead's time (`t=`). */
export function ShareTimeOption({ current, choice, onChange }: ShareTimeOptionProps) {
  const story = useStory();
  const t = useT();
  const ms = parseT(current);
  if (ms === null) return null;
  const when = `${formatClock(ms, story.timezone)} ${zoneAbbreviation(story.timezone, ms)}`;
  return (
    <label className="share-options__radio">
      <input
        type="checkbox"
        checked={!!choice.t}
        onChange={(e) => onChange({ ...choice, t: e.currentTarget.checked ? current : null })}
      />
      {t('share.atPlayhead', { time: when })}
    </label>
  );
}
