import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

export function TrainPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('pages.train.title')}</h1>
      <EmptyState title={t('pages.train.emptyTitle')} body={t('pages.train.emptyBody')} />
    </>
  );
}
