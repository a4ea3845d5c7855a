// Which of our three content languages to show. The app's i18next instance decides (the user's choice
// in the shell); anything Chinese that is not Traditional falls back to Simplified, anything else to
// English, so a half-configured instance still shows readable text.
import { useTranslation } from 'react-i18next';

export const CONTENT_LANGS = ['en', 'zh-TW', 'zh-CN'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];

const TRADITIONAL = /^zh-(tw|hk|mo|hant)/;

export function toContentLang(tag: string | undefined | null): ContentLang {
  const lower = (tag ?? '').toLowerCase();
  if (TRADITIONAL.test(lower)) return 'zh-TW';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  return 'en';
}

/** The content language of the i18next instance in context; re-renders when the language changes. */
export function useContentLang(): ContentLang {
  const { i18n } = useTranslation();
  // i18n can be a placeholder object when no instance is registered (e.g. an isolated test).
  const maybe = i18n as Partial<typeof i18n> | undefined;
  return toContentLang(maybe?.resolvedLanguage ?? maybe?.language);
}
