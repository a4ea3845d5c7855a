// Cost formulas, each returned together with the formula text so the UI can show its basis.
import type { ModelPrice } from './catalog';

export interface CostEstimate {
  usd: number | null;
  /** Human-readable formula with the numbers filled in, in English; the renderer shows it verbatim. */
  formula: string;
}

const PER_MILLION = 1_000_000;

export function trainingCost(billedTokensPerEpoch: number, epochs: number, price: ModelPrice): CostEstimate {
  if (price.trainingPer1M === null) {
    return {
      usd: null,
      formula: `${billedTokensPerEpoch} tokens × ${epochs} epochs × (price not published)`,
    };
  }
  const usd = (billedTokensPerEpoch * epochs * price.trainingPer1M) / PER_MILLION;
  return {
    usd,
    formula: `${billedTokensPerEpoch.toLocaleString('en-US')} tokens × ${epochs} epochs × $${price.trainingPer1M} / 1M tokens`,
  };
}

export function replyCost(promptTokens: number, replyTokens: number, price: ModelPrice): CostEstimate {
  if (price.inputPer1M === null || price.outputPer1M === null) {
    return { usd: null, formula: `${promptTokens} in + ${replyTokens} out × (price not published)` };
  }
  const usd = (promptTokens * price.inputPer1M + replyTokens * price.outputPer1M) / PER_MILLION;
  return {
    usd,
    formula: `${promptTokens} in × $${price.inputPer1M}/1M + ${replyTokens} out × $${price.outputPer1M}/1M`,
  };
}
