import { useT } from '../i18n/i18n';
import { isLang, LANG_NAMES, LANGS } from '../i18n/lang';
import { useAppState, useStore } from '../state/hooks';

/**
 * The languages as `<option>`s, each in its own name and marked with its `lang`: the one list
 * of the language switch and the share dialog's language option.
 */
export function LangOptions() {
  return LANGS.map((l) => (
    <option key={l} value={l} lang={l}>
      {LANG_NAMES[l]}
    </option>
  ));
}

/** The interface language (`lang=`); the story's texts follow where the story has them. */
export function LangSwitch({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  return (
    <label className={`lang-switch${compact ? ' lang-switch--compact' : ''}`}>
      <span className={compact ? 'visually-hidden' : 'lang-switch__label'}>
        {t('header.language')}
      </span>
      <select
        value={lang}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLang(next)) store.set({ lang: next });
        }}
      >
        <LangOptions />
      </select>
    </label>
  );
}
