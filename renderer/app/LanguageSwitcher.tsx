import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../shared/domain/settings';
import { PSEUDO_LOCALE } from '../i18n';
import { chooseLanguage, useSettings } from '../state/settings';

// Each language is named in itself, so a user who cannot read the current one can still find theirs.
const NATIVE_NAMES: Record<Exclude<LanguageChoice, 'system'>, string> = {
  en: 'English',
  'zh-TW': '繁體中文',
  'zh-CN': '简体中文',
};

// Development builds add the pseudo-locale, applied for this window only (never saved), so untranslated
// text stands out while building a screen.
const SHOW_PSEUDO = import.meta.env.DEV;

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const choice = useSettings((s) => s.settings?.language ?? 'system');
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={choice}
        data-testid="language-select"
        onChange={(e) =>
          e.target.value === PSEUDO_LOCALE
            ? void i18n.changeLanguage(PSEUDO_LOCALE)
            : void chooseLanguage(e.target.value as LanguageChoice)
        }
      >
        {LANGUAGE_CHOICES.map((c) => (
          <option key={c} value={c}>
            {c === 'system' ? t('app.languageSystem') : NATIVE_NAMES[c]}
          </option>
        ))}
        {SHOW_PSEUDO ? <option value={PSEUDO_LOCALE}>Pseudo (en-XA)</option> : null}
      </select>
    </div>
  );
}
