import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { selectPracticeMode, useProviders } from '../state/providers';

export function PracticeBadge() {
  const { t } = useTranslation();
  const practice = useProviders(selectPracticeMode);
  const hintId = useId();
  if (!practice) return null;
  return (
    <div
      className="practice-badge"
      role="status"
      tabIndex={0}
      aria-describedby={hintId}
      data-testid="practice-badge"
    >
      {t('app.practiceBadge')}
      <span id={hintId} className="practice-hint">
        {t('app.practiceBadgeHint')}
      </span>
    </div>
  );
}
