import { useTranslation } from 'react-i18next';
import { ConnectFlow } from './ConnectFlow';
import { PriceOverrides } from './PriceOverrides';
import './settings.css';

export function SettingsPage({ encryptionAvailable }: { encryptionAvailable: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <ConnectFlow encryptionAvailable={encryptionAvailable} />
      <PriceOverrides />
    </>
  );
}
