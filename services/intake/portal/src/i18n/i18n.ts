import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../api/types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import { sv } from './sv';

/** Every language must have every English key (a missing one fails the type check). */
export type Messages = typeof en;

export const LANGUAGES: ReadonlyArray<{ code: Language; name: string }> = [
  { code: 'en', name: 'English' }, { code: 'fr', name: 'Français' }, { code: 'nl', name: 'Nederlands' },
  { code: 'de', name: 'Deutsch' }, { code: 'es', name: 'Español' }, { code: 'sv', name: 'Svenska' },
];

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, nl: { translation: nl }, de: { translation: de }, es: { translation: es }, sv: { translation: sv } },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes everything it renders; escaping here too would show entities as text.
  interpolation: { escapeValue: false },
});

export function switchLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
