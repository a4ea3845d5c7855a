export const LANGUAGES = ['en', 'zh-TW', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_CHOICES = ['system', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export interface Settings {
  language: LanguageChoice;
}

export const DEFAULT_SETTINGS: Settings = { language: 'system' };
