// The sample catalogue and the Q&A reader know three languages; the UI may run in the pseudo-locale.
export type UiLanguage = 'en' | 'zh-TW' | 'zh-CN';
export const uiLanguage = (language: string): UiLanguage =>
  language === 'zh-TW' || language === 'zh-CN' ? language : 'en';
