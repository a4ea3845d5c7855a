import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../shared/domain/settings';
import { chooseLanguage, useSettings } from '../state/settings';

// Each language is named in itself, so a user who cannot read the current one can still find theirs.
const NATIVE_NAMES: Record<Exclude<LanguageChoice, 'system'>, string> = {
  en: 'English',
  'zh-TW': '繁體中文',
  'zh-CN': '简体中文',
};

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const choice = useSettings((s) => s.settings?.language ?? 'system');
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={choice}
        data-testid="language-select"
        onChange={(e) => void chooseLanguage(e.target.value as LanguageChoice)}
      >
        {LANGUAGE_CHOICES.map((c) => (
          <option key={c} value={c}>
            {c === 'system' ? t('app.languageSystem') : NATIVE_NAMES[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
