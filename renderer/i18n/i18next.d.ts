// Typed keys: t('rail.learn') compiles, t('rail.lern') does not. English is the reference locale.
import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
