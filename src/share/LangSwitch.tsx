import { useT } from '../i18n/i18n';
import { isLang, LANGS, type Lang } from '../i18n/lang';
import { useAppState, useStore } from '../state/hooks';

/** Each language by its own name, as a reader looking for it expects to find it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
};

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
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
