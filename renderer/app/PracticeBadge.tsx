import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectPracticeMode, useProviders } from '../state/providers';

// The badge itself is a status, not a Tab stop; the hint behind it opens from a real button (a
// disclosure), so a keyboard user reaches it by doing something, not by landing on a label (issue 20).
export function PracticeBadge() {
  const { t } = useTranslation();
  const practice = useProviders(selectPracticeMode);
  const hintId = useId();
  const [open, setOpen] = useState(false);
  if (!practice) return null;
  return (
    <div className="practice-badge" role="status" data-testid="practice-badge" data-open={open}>
      {t('app.practiceBadge')}{' '}
      <button
        type="button"
        className="practice-more"
        aria-expanded={open}
        aria-controls={hintId}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('a11y.practiceMore')}</span>
      </button>
      <span id={hintId} className="practice-hint">
        {t('app.practiceBadgeHint')}
      </span>
    </div>
  );
}
