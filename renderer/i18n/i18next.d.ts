// Typed keys: t('rail.learn') compiles, a misspelt key does not. English is the reference locale.
import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
