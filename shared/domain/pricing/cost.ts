// Cost formulas, each returned together with the formula text so the UI can show its basis.
import type { Currency, ModelPrice } from './catalog';

/** An amount in the currency the provider bills it in; null when a price it needs is not published. */
export interface Money {
  amount: number | null;
  currency: Currency;
}

export interface CostEstimate extends Money {
  /** The cost in US dollars; null when unknown or when the price is in another currency (see `amount`). */
  usd: number | null;
  /** The formula with the numbers filled in, in English, for logs and the check-data CLI; screens word it
   * from `basis` in the user's language instead. */
  formula: string;
}

/** What a training cost is made of, so each screen can write the formula in its own language. */
export interface TrainingCostBasis {
  tokens: number;
  epochs: number;
  /** Price per million training tokens in `currency`; null when the provider publishes none. */
  pricePer1M: number | null;
  currency: Currency;
}

export interface TrainingCostEstimate extends CostEstimate {
  basis: TrainingCostBasis;
}

/** What a reply's cost is made of, so each screen can write the formula in its own language. */
export interface ReplyCostBasis {
  promptTokens: number;
  replyTokens: number;
  /** Prices per million tokens in `currency`; null when the provider publishes none. */
  inputPer1M: number | null;
  outputPer1M: number | null;
  currency: Currency;
}

export interface ReplyCostEstimate extends CostEstimate {
  basis: ReplyCostBasis;
}

const PER_MILLION = 1_000_000;
const SYMBOL: Record<Currency, string> = { USD: '$', CNY: '¥' };

function estimate(amount: number | null, price: ModelPrice, formula: string): CostEstimate {
  const currency = price.currency ?? 'USD';
  return { usd: currency === 'USD' ? amount : null, amount, currency, formula };
}

export function trainingCost(
  billedTokensPerEpoch: number,
  epochs: number,
  price: ModelPrice,
): TrainingCostEstimate {
  const basis: TrainingCostBasis = {
    tokens: billedTokensPerEpoch,
    epochs,
    pricePer1M: price.trainingPer1M,
    currency: price.currency ?? 'USD',
  };
  if (price.trainingPer1M === null) {
    return {
      ...estimate(null, price, `${billedTokensPerEpoch} tokens × ${epochs} epochs × (price not published)`),
      basis,
    };
  }
  const amount = (billedTokensPerEpoch * epochs * price.trainingPer1M) / PER_MILLION;
  const symbol = SYMBOL[price.currency ?? 'USD'];
  return {
    ...estimate(
      amount,
      price,
      `${billedTokensPerEpoch.toLocaleString('en-US')} tokens × ${epochs} epochs × ${symbol}${price.trainingPer1M} / 1M tokens`,
    ),
    basis,
  };
}

export function replyCost(promptTokens: number, replyTokens: number, price: ModelPrice): ReplyCostEstimate {
  const basis: ReplyCostBasis = {
    promptTokens,
    replyTokens,
    inputPer1M: price.inputPer1M,
    outputPer1M: price.outputPer1M,
    currency: price.currency ?? 'USD',
  };
  if (price.inputPer1M === null || price.outputPer1M === null) {
    return {
      ...estimate(null, price, `${promptTokens} in + ${replyTokens} out × (price not published)`),
      basis,
    };
  }
  const amount = (promptTokens * price.inputPer1M + replyTokens * price.outputPer1M) / PER_MILLION;
  const symbol = SYMBOL[price.currency ?? 'USD'];
  return {
    ...estimate(
      amount,
      price,
      `${promptTokens} in × ${symbol}${price.inputPer1M}/1M + ${replyTokens} out × ${symbol}${price.outputPer1M}/1M`,
    ),
    basis,
  };
}
