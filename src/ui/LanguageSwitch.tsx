import { useEffect } from 'react';
import { isLanguage, LANGUAGES, type Language } from '../core/language';
import { useAvatarStore } from '../state';
import { useT } from './i18n';

/** Each language named in itself, so a reader finds theirs whatever is shown. */
const NATIVE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** Chooses the editor's language (saved with the session) and keeps the page's `lang` in step for screen readers. */
export function LanguageSwitch() {
  const language = useAvatarStore((s) => s.language);
  const setLanguage = useAvatarStore((s) => s.setLanguage);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <select
      className="language"
      aria-label={t('app.language')}
      data-testid="language.select"
      value={language}
      onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {NATIVE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}
