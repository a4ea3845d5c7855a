import { useId, useRef, useState, type KeyboardEvent } from 'react';
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

/** Keys that move a closed <select> to another option (and fire `change`) without the user confirming. */
const BROWSING_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * The language picker applies on confirm (issue 20): a choice made in the open list (click, or Enter in
 * it) applies at once, but moving through a closed picker with the arrow keys only marks a choice, which
 * Enter or the Apply button (named in the marked language) confirms. Before, each arrow key switched the
 * whole interface, and a screen reader user heard the page change under them.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const choice = useSettings((s) => s.settings?.language ?? 'system');
  const id = useId();
  const [pending, setPending] = useState<string | null>(null);
  const browsing = useRef(false);
  const apply = (value: string) => {
    setPending(null);
    if (value === PSEUDO_LOCALE) void i18n.changeLanguage(PSEUDO_LOCALE);
    else if (value !== choice) void chooseLanguage(value as LanguageChoice);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>) => {
    if (BROWSING_KEYS.has(e.key) || (e.key.length === 1 && e.key !== ' ')) browsing.current = true;
    else if (e.key === 'Enter' && pending !== null) {
      e.preventDefault();
      apply(pending);
    } else if (e.key === 'Escape' && pending !== null) setPending(null);
  };
  const shown = pending ?? choice;
  // The Apply button speaks the marked language, in that language.
  const pendingLanguage = pending && pending !== 'system' && pending !== PSEUDO_LOCALE ? pending : undefined;
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={shown}
        data-testid="language-select"
        aria-describedby={pending !== null ? `${id}-pending` : undefined}
        onKeyDown={onKeyDown}
        onPointerDown={() => (browsing.current = false)}
        onChange={(e) => {
          if (browsing.current) setPending(e.target.value === choice ? null : e.target.value);
          else apply(e.target.value);
          browsing.current = false;
        }}
      >
        {LANGUAGE_CHOICES.map((c) =>
          c === 'system' ? (
            <option key={c} value={c}>
              {t('app.languageSystem')}
            </option>
          ) : (
            <option key={c} value={c} lang={c}>
              {NATIVE_NAMES[c]}
            </option>
          ),
        )}
        {SHOW_PSEUDO ? (
          <option value={PSEUDO_LOCALE} lang="en">
            Pseudo (en-XA)
          </option>
        ) : null}
      </select>
      {pending !== null ? (
        <>
          <span id={`${id}-pending`} className="visually-hidden">
            {t('a11y.languagePending')}
          </span>
          <button
            type="button"
            data-testid="language-apply"
            lang={pendingLanguage}
            onClick={() => apply(pending)}
          >
            {t('a11y.applyLanguage', pendingLanguage ? { lng: pendingLanguage } : {})}
          </button>
        </>
      ) : null}
    </div>
  );
}
