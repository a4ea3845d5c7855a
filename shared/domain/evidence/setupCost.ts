// What each approach costs before its first reply, from what is known and nothing else: the notes
// collection's embedding (all its passages' tokens × the embeddings price), the fine-tuning job's
// training (its trained tokens × the base model's training price). Unknown stays unknown.
import type { EmbedQuote } from '../notes/embedding';
import type { ModelPrice } from '../pricing/catalog';
import type { SetupCost } from './types';

export const NO_SETUP_COST: SetupCost = {
  kind: 'none',
  known: true,
  amount: 0,
  currency: 'USD',
  tokens: null,
  per1M: null,
  checkedOn: null,
  free: false,
};

export function embeddingSetupCost(quote: EmbedQuote): SetupCost {
  return {
    kind: 'embedding',
    known: quote.cost !== null,
    amount: quote.cost,
    currency: 'USD',
    tokens: quote.tokens,
    per1M: quote.per1M,
    checkedOn: quote.checkedOn,
    free: quote.free,
  };
}

/**
 * A trained job's cost: the tokens the provider reports it trained on (epochs included) × the training
 * price. A model with no job here (trained elsewhere, or seeded) or a price not published is not known.
 */
export function trainingSetupCost(
  trainedTokens: number | null,
  price: ModelPrice | undefined,
  free: boolean,
): SetupCost {
  const per1M = price?.trainingPer1M ?? null;
  const known = trainedTokens !== null && per1M !== null;
  return {
    kind: 'training',
    known,
    amount: known ? (trainedTokens * per1M) / 1_000_000 : null,
    currency: price?.currency ?? 'USD',
    tokens: trainedTokens,
    per1M,
    checkedOn: price?.checkedOn ?? null,
    free,
  };
}
