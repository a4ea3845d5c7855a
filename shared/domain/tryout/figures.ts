// The figures under a reply, computed from the provider's usage, our clock and a price entry. The cost
// formula is the app's one (shared/domain/pricing/cost.ts); this only assembles and keeps the basis, in the
// currency of the price entry (Alibaba's Beijing region bills in CNY).
import type { ModelPrice } from '../pricing/catalog';
import { replyCost } from '../pricing/cost';
import type { PriceRegion } from '../pricing/region';
import type { ReplyFigures } from './types';

export interface ReplyTiming {
  startedAt: number;
  firstTextAt: number | null;
  finishedAt: number;
}

export function replyFigures(
  usage: { promptTokens: number | null; replyTokens: number | null },
  timing: ReplyTiming,
  price: (ModelPrice & { overridden: boolean; priceRegion?: PriceRegion | null }) | null,
): ReplyFigures {
  const timePart = {
    firstTokenMs: timing.firstTextAt === null ? null : timing.firstTextAt - timing.startedAt,
    totalMs: timing.finishedAt - timing.startedAt,
  };
  const currency = price?.currency ?? 'USD';
  const priceView = price
    ? {
        model: price.model,
        inputPer1M: price.inputPer1M,
        outputPer1M: price.outputPer1M,
        currency,
        checkedOn: price.checkedOn,
        overridden: price.overridden,
        region: price.priceRegion ?? null,
      }
    : null;
  const none = { ...usage, ...timePart, cost: null, currency, costBasis: null, price: priceView };
  if (usage.promptTokens === null || usage.replyTokens === null) {
    // Without the provider's count we do not guess: a cost from estimated tokens would look exact.
    return { ...none, noCost: 'no_usage', costFormula: 'usage not reported by the provider' };
  }
  if (!price) return { ...none, noCost: 'no_price', costFormula: 'no price in the catalog for this model' };
  const cost = replyCost(usage.promptTokens, usage.replyTokens, price);
  return {
    ...usage,
    ...timePart,
    cost: cost.amount,
    currency: cost.currency,
    costBasis: cost.basis,
    noCost: cost.amount === null ? 'not_published' : null,
    costFormula: cost.formula,
    price: priceView,
  };
}
