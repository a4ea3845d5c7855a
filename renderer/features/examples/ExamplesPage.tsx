import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

export function ExamplesPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('pages.examples.title')}</h1>
      <EmptyState title={t('pages.examples.emptyTitle')} body={t('pages.examples.emptyBody')} />
    </>
  );
}
