// The training cost's basis written out in the user's language ("5,280 個 token × 訓練輪數 3 × 每百萬 token
// 5 美元"): main sends the numbers, not English text, so Chinese screens carry no English formula.
import type { TFunction } from 'i18next';
import type { Currency } from '../../../../shared/domain/pricing/catalog';
import type { TrainingCostBasis } from '../../../../shared/domain/pricing/cost';
import { formatCount } from '../format';

const PRICE_TEXT = { USD: 'train.confirm.priceUSD', CNY: 'train.confirm.priceCNY' } as const;

export function trainingFormula(basis: TrainingCostBasis, t: TFunction, language: string): string {
  const tokens = formatCount(basis.tokens, language);
  if (basis.pricePer1M === null) return t('train.confirm.formulaNoPrice', { tokens, epochs: basis.epochs });
  const amount = new Intl.NumberFormat(language, { maximumFractionDigits: 4 }).format(basis.pricePer1M);
  return t('train.confirm.formulaBasis', {
    tokens,
    epochs: basis.epochs,
    price: t(PRICE_TEXT[basis.currency], { amount }),
  });
}

/**
 * The training cost in the currency its price is in. The plan carries dollars only for dollar prices, so
 * a yuan price is worked out from the same basis the formula shows (tokens × epochs × price per 1M).
 */
export function trainingAmount(
  usd: number | null,
  basis: TrainingCostBasis | null,
): { amount: number | null; currency: Currency } {
  if (!basis || basis.currency === 'USD') return { amount: usd, currency: 'USD' };
  const amount =
    basis.pricePer1M === null ? null : (basis.tokens * basis.epochs * basis.pricePer1M) / 1_000_000;
  return { amount, currency: basis.currency };
}
