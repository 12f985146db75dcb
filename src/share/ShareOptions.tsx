import { useId } from 'react';
import { type MessageId, useT } from '../i18n/i18n';
import { isLang } from '../i18n/lang';
import { useStory } from '../state/hooks';
import type { ViewChoice } from '../state/store';
import type { Selection } from '../story/selection';
import { resolveZone, type ZoneChoice, zoneName } from '../time/zone';
import { VIEW_INFO } from '../views/catalog';
import { itemTitle } from './itemTitle';
import { LangOptions } from './LangSwitch';
import type { ShareChoice } from './shareLinks';

interface Props {
  /** The reader's selection when the dialog opened: the "current" start option. */
  current: Selection | null;
  choice: ShareChoice;
  onChange(choice: ShareChoice): void;
}

/** `view=` values the dialog offers: every view that may be shown alone, with its words. */
const VIEW_OPTIONS: readonly { readonly value: string; readonly label: MessageId }[] = [
  { value: 'all', label: 'share.viewAll' },
  ...VIEW_INFO.flatMap((v) => (v.alone === null ? [] : [{ value: v.id, label: v.alone }])),
];

/** What a shared link or embed starts with: the selection, the view and the time zone. */
export function ShareOptions({ current, choice, onChange }: Props) {
  const story = useStory();
  const t = useT();
  const name = useId();
  const at = story.dayExtent[0];
  const zones: { value: ZoneChoice; label: string }[] = [
    { value: 'story', label: t('share.zoneStory', { zone: zoneName(story.timezone, at) }) },
    ...(story.secondTimezone
      ? [{ value: story.secondTimezone, label: zoneName(story.secondTimezone, at) }]
      : []),
    { value: 'UTC', label: 'UTC' },
    {
      value: 'local',
      label: t('share.zoneReader', { zone: zoneName(resolveZone('local', story), at) }),
    },
  ];
  if (!zones.some((z) => z.value === choice.zone))
    zones.push({ value: choice.zone, label: zoneName(choice.zone, at) });

  return (
    <div className="share-options">
      <fieldset className="share-options__group">
        <legend>{t('share.startWith')}</legend>
        <label className="share-options__radio">
          <input
            type="radio"
            name={name}
            checked={current !== null && choice.selection !== null}
            disabled={current === null}
            onChange={() => onChange({ ...choice, selection: current })}
          />
          {current
            ? t('share.current', { title: itemTitle(story, current) })
            : t('share.currentNone')}
        </label>
        <label className="share-options__radio">
          <input
            type="radio"
            name={name}
            checked={choice.selection === null}
            onChange={() => onChange({ ...choice, selection: null })}
          />
          {t('share.nothing')}
        </label>
      </fieldset>
      <label className="share-options__select">
        <span>{t('share.view')}</span>
        <select
          value={choice.view}
          onChange={(e) => onChange({ ...choice, view: e.currentTarget.value as ViewChoice })}
        >
          {VIEW_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {t(o.label)}
            </option>
          ))}
        </select>
      </label>
      <label className="share-options__select">
        <span>{t('share.zone')}</span>
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
      <label className="share-options__select">
        <span>{t('share.lang')}</span>
        <select
          value={choice.lang ?? ''}
          onChange={(e) => {
            const lang = e.currentTarget.value;
            onChange({ ...choice, lang: isLang(lang) ? lang : null });
          }}
        >
          <option value="">{t('share.langReader')}</option>
          <LangOptions />
        </select>
      </label>
    </div>
  );
}
