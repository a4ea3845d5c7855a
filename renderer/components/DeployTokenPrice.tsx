// What a per-token deployment's tokens cost, in the price's own currency, with the date the price was
// checked; a figure the provider has not published says so. Used by Train's DeployPanel and Try's DeployOffer.
import { useTranslation } from 'react-i18next';
import type { DeploymentQuoteAnswer } from '../../shared/ipc/schemas/deployments';

export function DeployTokenPrice({ price }: { price: DeploymentQuoteAnswer['tokenPrice'] | undefined }) {
  const { t, i18n } = useTranslation();
  if (!price) return null;
  const money = (value: number | null) =>
    value === null
      ? t('deployOffer.notPublished')
      : new Intl.NumberFormat(i18n.language, {
          style: 'currency',
          currency: price.currency,
          maximumFractionDigits: 4,
        }).format(value);
  return (
    <p className="muted small" data-testid="deploy-token-price">
      {t('deployOffer.tokenPrice', {
        input: money(price.inputPer1M),
        output: money(price.outputPer1M),
        date: price.checkedOn,
      })}
    </p>
  );
}
