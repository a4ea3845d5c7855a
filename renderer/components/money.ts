// Costs as the user reads them: in the currency the provider bills (US$ for OpenAI and Alibaba Singapore,
// ¥ for Alibaba Beijing), formatted by Intl for the reader's language, and every formula worded from its
// numbers in that language (main sends numbers, never English text). A price that is not published reads
// "not published", never 0.
import type { TFunction } from 'i18next';
import type { Currency } from '../../shared/domain/pricing/catalog';
import type { Money, ReplyCostBasis } from '../../shared/domain/pricing/cost';
import type { PriceRegion } from '../../shared/domain/pricing/region';
import { ALIBABA_REGION_TEXT } from '../i18n/keys';

/** An amount of money: cents for everyday sums, three significant digits below one cent. */
export function formatMoney(amount: number, currency: Currency, language: string): string {
  const small = amount !== 0 && Math.abs(amount) < 0.01;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    ...(small
      ? { maximumSignificantDigits: 3 }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  }).format(amount);
}

/** A cost, or "not published" when a price it needs is missing. */
export function moneyText(money: Money, t: TFunction, language: string): string {
  return money.amount === null
    ? t('cost.notPublished')
    : formatMoney(money.amount, money.currency, language);
}

/** A price per million tokens as printed by the provider (up to four decimals), or "not published". */
export function perMillionText(
  per1M: number | null,
  currency: Currency,
  t: TFunction,
  language: string,
): string {
  if (per1M === null) return t('cost.notPublished');
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    maximumFractionDigits: 4,
  }).format(per1M);
}

/** "120 tokens in × US$0.35 per million + 40 tokens out × US$1.20 per million", in the user's language. */
export function replyFormula(basis: ReplyCostBasis, t: TFunction, language: string): string {
  const count = new Intl.NumberFormat(language);
  const prompt = count.format(basis.promptTokens);
  const reply = count.format(basis.replyTokens);
  if (basis.inputPer1M === null || basis.outputPer1M === null)
    return t('cost.replyFormulaNoPrice', { prompt, reply });
  return t('cost.replyFormula', {
    prompt,
    reply,
    input: perMillionText(basis.inputPer1M, basis.currency, t, language),
    output: perMillionText(basis.outputPer1M, basis.currency, t, language),
  });
}

/** Whose prices were used: the region and how it is known (chosen, found from the key, or not yet). */
export function regionText(region: PriceRegion | null, t: TFunction): string | null {
  if (!region) return null;
  const name = t(ALIBABA_REGION_TEXT[region.region]);
  if (region.basis === 'chosen') return t('cost.regionChosen', { region: name });
  if (region.basis === 'found') return t('cost.regionFound', { region: name });
  return t('cost.regionNotKnown', { region: name });
}

/** "Prices checked on 2026-12-05 · Beijing prices, the region found from your key." */
export function priceBasisText(
  price: { checkedOn: string; region: PriceRegion | null },
  t: TFunction,
): string {
  const region = regionText(price.region, t);
  const checked = t('cost.checkedOn', { date: price.checkedOn });
  return region ? `${checked} · ${region}` : checked;
}
