/**
 * The editor's text in English and French through i18next. The language lives in the store (session state), so
 * components re-render when it changes; `useT` gives the translate function for it.
 */
import i18next, { type TOptions } from 'i18next';
import type { Language } from '../../core/language';
import type { LocalizedText } from '../../packs/schema';
import { useAvatarStore } from '../../state';
import { en } from './en';
import { fr } from './fr';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
});

/** Dotted paths to every string, e.g. "export.saved". */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type TextKey = Paths<typeof en>;

export type Translate = (key: TextKey, values?: TOptions) => string;

export function translator(language: Language): Translate {
  return (key, values) => i18n.t(key, { ...values, lng: language });
}

export function useLanguage(): Language {
  return useAvatarStore((s) => s.language);
}

export function useT(): Translate {
  return translator(useLanguage());
}

/** Text a pack gives in both languages (item, slot and preset names). */
export function useLocalized(): (text: LocalizedText) => string {
  const language = useLanguage();
  return (text) => text[language];
}
