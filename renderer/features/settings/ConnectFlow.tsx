// Settings → Accounts: choose a provider, paste a key, test it, and learn on this one screen whether the
// account can still train, what each model costs and when each stops working. Practice is listed first
// and is always ready, so nobody has to have a key to continue.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeys } from '../../state/keys';
import { loadProviders, useProviders } from '../../state/providers';
import { ProviderCard } from './ProviderCard';

export function ConnectFlow({ encryptionAvailable }: { encryptionAvailable: boolean }) {
  const { t } = useTranslation();
  const providers = useProviders((s) => s.providers);
  const keys = useKeys((s) => s.keys);

  // A key saved or removed changes which providers are connected (and which one is active).
  useEffect(() => {
    void loadProviders();
  }, [keys]);

  return (
    <section aria-labelledby="accounts-heading" data-testid="connect-flow">
      <h2 id="accounts-heading">{t('settings.accounts')}</h2>
      <p>{t('settings.accountsIntro')}</p>
      {!encryptionAvailable ? <p className="warning">{t('settings.encryptionUnavailable')}</p> : null}
      <div className="provider-cards">
        {providers.map((summary) => (
          <ProviderCard
            key={summary.id}
            summary={summary}
            keyStatus={keys.find((k) => k.provider === summary.id)}
            encryptionAvailable={encryptionAvailable}
          />
        ))}
      </div>
    </section>
  );
}
