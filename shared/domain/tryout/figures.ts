// The figures under a reply, computed from the provider's usage, our clock and a price entry. The cost
// formula is the app's one (shared/domain/pricing/cost.ts); this only assembles and keeps the basis.
import type { ModelPrice } from '../pricing/catalog';
import { replyCost } from '../pricing/cost';
import type { ReplyFigures } from './types';

export interface ReplyTiming {
  startedAt: number;
  firstTextAt: number | null;
  finishedAt: number;
}

export function replyFigures(
  usage: { promptTokens: number | null; replyTokens: number | null },
  timing: ReplyTiming,
  price: (ModelPrice & { overridden: boolean }) | null,
): ReplyFigures {
  const timePart = {
    firstTokenMs: timing.firstTextAt === null ? null : timing.firstTextAt - timing.startedAt,
    totalMs: timing.finishedAt - timing.startedAt,
  };
  const priceView = price
    ? {
        model: price.model,
        inputPer1M: price.inputPer1M,
        outputPer1M: price.outputPer1M,
        checkedOn: price.checkedOn,
        overridden: price.overridden,
      }
    : null;
  if (usage.promptTokens === null || usage.replyTokens === null) {
    // Without the provider's count we do not guess: a cost from estimated tokens would look exact.
    return {
      ...usage,
      ...timePart,
      costUsd: null,
      costFormula: 'usage not reported by the provider',
      price: priceView,
    };
  }
  if (!price) {
    return {
      ...usage,
      ...timePart,
      costUsd: null,
      costFormula: 'no price in the catalog for this model',
      price: null,
    };
  }
  const cost = replyCost(usage.promptTokens, usage.replyTokens, price);
  return { ...usage, ...timePart, costUsd: cost.usd, costFormula: cost.formula, price: priceView };
}
