import { useTranslation } from 'react-i18next';
import { ROUTES, useNavigation, type Route } from '../state/navigation';
import { ROUTE_TEXT } from '../i18n/keys';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PracticeBadge } from './PracticeBadge';

const JOURNEY: readonly Route[] = ['learn', 'examples', 'train', 'try'];

/** The left rail: the journey in order, then Settings, the practice badge and the language switch. */
export function Rail() {
  const { t } = useTranslation();
  const route = useNavigation((s) => s.route);
  const navigated = useNavigation((s) => s.navigated);

  const item = (r: Route, index?: number) => (
    <li key={r}>
      <button
        type="button"
        className="rail-item"
        aria-current={route === r ? 'page' : undefined}
        onClick={() => navigated(r)}
        data-route={r}
      >
        {index !== undefined ? (
          <span className="rail-step" aria-hidden="true">
            {index + 1}
          </span>
        ) : null}
        {t(ROUTE_TEXT[r])}
      </button>
    </li>
  );

  return (
    <nav className="rail" aria-label={t('rail.label')}>
      <div className="rail-brand">
        <strong>{t('app.name')}</strong>
        <span className="muted">{t('app.tagline')}</span>
      </div>
      <ol className="rail-journey">{JOURNEY.map((r, i) => item(r, i))}</ol>
      <ul className="rail-extra">{ROUTES.filter((r) => !JOURNEY.includes(r)).map((r) => item(r))}</ul>
      <div className="rail-footer">
        <PracticeBadge />
        <LanguageSwitcher />
      </div>
    </nav>
  );
}
