// i18next with the three shipped languages bundled (no loading over the network: the CSP forbids it),
// plus a development-only pseudo-locale that makes any hard-coded English stand out.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language, type LanguageChoice } from '../../shared/domain/settings';
import en from './locales/en.json';
import zhTW from './locales/zh-TW.json';
import zhCN from './locales/zh-CN.json';
import { pseudoLocalize } from './pseudo';

export const resources = {
  en: { translation: en },
  'zh-TW': { translation: zhTW },
  'zh-CN': { translation: zhCN },
} as const;

export const PSEUDO_LOCALE = 'en-XA';

/** The OS/browser language list mapped onto what we ship; Chinese script decides between TW and CN. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const raw of locales) {
    const tag = raw.toLowerCase();
    if (/^zh-(tw|hk|mo)|^zh-hant/.test(tag)) return 'zh-TW';
    if (/^zh/.test(tag)) return 'zh-CN';
    if (/^en/.test(tag)) return 'en';
  }
  return 'en';
}

export function resolveLanguage(choice: LanguageChoice, systemLocales: readonly string[]): Language {
  return choice === 'system' ? languageFromLocales(systemLocales) : choice;
}

export async function createI18n(
  language: string,
  withPseudo = import.meta.env?.DEV ?? false,
): Promise<I18n> {
  const instance = i18next.createInstance();
  const all: Record<string, { translation: object }> = { ...resources };
  if (withPseudo) all[PSEUDO_LOCALE] = { translation: pseudoLocalize(en) };
  await instance.use(initReactI18next).init({
    resources: all,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES, ...(withPseudo ? [PSEUDO_LOCALE] : [])],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return instance;
}
