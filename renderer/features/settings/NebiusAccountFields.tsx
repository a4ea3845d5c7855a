// Nebius's part of the account card: where to get a key. Nebius needs nothing beyond the key (projects
// and regions are the key's own), so there is no form here.
import { useTranslation } from 'react-i18next';
import type { ProviderSummary } from '../../../shared/ipc/schemas/providers';
import { request } from '../../ipc/client';

export function NebiusAccountFields({ summary }: { summary: ProviderSummary }) {
  const { t } = useTranslation();
  return (
    <p className="muted small" data-testid="nebius-where-key">
      {t('nebius.account.whereKey')}{' '}
      {summary.keyConsoleUrl ? (
        <button
          type="button"
          className="link"
          onClick={() => void request('links.open', { url: summary.keyConsoleUrl ?? '' })}
        >
          {t('nebius.account.openConsole')}
        </button>
      ) : null}
    </p>
  );
}
