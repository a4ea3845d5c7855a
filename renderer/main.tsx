import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createI18n, languageFromLocales } from './i18n';
import './app/app.css';

async function boot() {
  // Start in the OS language; App switches to the saved choice as soon as settings arrive.
  const i18n = await createI18n(languageFromLocales(navigator.languages));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
