// The chat's set-up beside the conversation, in a panel of its own natural size that the user can fold
// away to give the conversation the whole width. Folded or open is remembered on this computer (the
// renderer's own storage: a view preference, not a setting main needs to know).
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const SETUP_FOLDED_KEY = 'tunesmith.try.setupFolded';

function readFolded(): boolean {
  try {
    return window.localStorage.getItem(SETUP_FOLDED_KEY) === 'true';
  } catch {
    return false; // storage refused: start open, as a first visit does
  }
}

function writeFolded(folded: boolean): void {
  try {
    window.localStorage.setItem(SETUP_FOLDED_KEY, String(folded));
  } catch {
    // Not remembered this time; the panel still folds.
  }
}

export function SetupPanel({ summary, children }: { summary: string; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [folded, setFolded] = useState(readFolded);
  const toggle = () => {
    writeFolded(!folded);
    setFolded(!folded);
  };
  return (
    <aside className="setup-panel" data-folded={folded} data-testid="setup-panel">
      <button
        type="button"
        className="setup-toggle"
        aria-expanded={!folded}
        aria-controls={`${id}-body`}
        onClick={toggle}
        title={summary}
      >
        <span aria-hidden="true" className="setup-toggle-mark">
          {folded ? '▸' : '▾'}
        </span>{' '}
        {folded ? t('try.chat.setupShow', { name: summary }) : t('try.chat.setupHide')}
      </button>
      <div id={`${id}-body`} hidden={folded}>
        {children}
      </div>
    </aside>
  );
}
