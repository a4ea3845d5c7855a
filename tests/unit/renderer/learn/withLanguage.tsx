// Renders a component inside a fresh i18next instance set to one language, the way the app shell does.
import { render, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';

// jsdom has no CSS.escape; user-event needs it to walk radio groups with the arrow keys (browsers have it).
if (typeof globalThis.CSS === 'undefined' || typeof globalThis.CSS.escape !== 'function') {
  const escape = (value: string) => value.replace(/[^\w-]/g, (ch) => `\\${ch}`);
  Object.assign(globalThis, { CSS: { ...(globalThis.CSS ?? {}), escape } });
}

export async function renderInLanguage(ui: ReactElement, lng: string): Promise<RenderResult> {
  const i18n = i18next.createInstance();
  // A non-empty resource per language so resolvedLanguage is set exactly as in the app.
  const resources = Object.fromEntries(
    ['en', 'zh-TW', 'zh-CN'].map((l) => [l, { translation: { probe: l } }]),
  );
  await i18n.use(initReactI18next).init({ lng, fallbackLng: 'en', resources });
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
