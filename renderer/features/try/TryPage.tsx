import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

export function TryPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('pages.try.title')}</h1>
      <EmptyState title={t('pages.try.emptyTitle')} body={t('pages.try.emptyBody')} />
    </>
  );
}
