import { useTranslation } from 'react-i18next';
import { PROVIDER_IDS } from '../../../shared/domain/keys';
import { useKeys } from '../../state/keys';
import { AccountKeyForm } from './AccountKeyForm';

export function SettingsPage({ encryptionAvailable }: { encryptionAvailable: boolean }) {
  const { t } = useTranslation();
  const keys = useKeys((s) => s.keys);
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t('settings.accounts')}</h2>
        <p>{t('settings.accountsIntro')}</p>
        {!encryptionAvailable ? <p className="warning">{t('settings.encryptionUnavailable')}</p> : null}
        {PROVIDER_IDS.map((provider) => (
          <AccountKeyForm
            key={provider}
            provider={provider}
            status={keys.find((k) => k.provider === provider)}
            encryptionAvailable={encryptionAvailable}
          />
        ))}
      </section>
    </>
  );
}
