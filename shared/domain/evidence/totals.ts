// Per-approach figures of an evidence run, each with the numbers it came from: how many answers were
// marked right of those marked, the cost per 1,000 replies from measured tokens × the price table (the
// notes approach adds the question's embedding), the set-up cost, and the median time per reply.
import type { Currency } from '../pricing/catalog';
import type { Approach, EvidenceAnswer, EvidenceRun, SetupCost } from './types';

export interface ApproachTotals {
  approach: Approach;
  model: string;
  answered: number;
  failures: number;
  marked: number;
  right: number;
  /** null when any reply had no cost (a partial sum would understate it). */
  costPer1000: number | null;
  currency: Currency;
  /** Sum of the replies' costs and how many replies it covers: cost per 1,000 = sum ÷ replies × 1,000. */
  costBasis: { sum: number; replies: number; searchSum: number } | null;
  medianMs: number | null;
  /** The times the median was taken from, in ms. */
  latencies: number[];
  setupCost: SetupCost;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One reply's cost: the model's reply plus, for notes, the question's embedding; null when unknown. */
export function answerCost(answer: EvidenceAnswer): number | null {
  const cost = answer.figures?.cost ?? null;
  if (cost === null) return null;
  if (answer.approach !== 'notes' || !answer.notes) return cost;
  // The embedding price is in USD; added only to a USD reply so two currencies are never summed.
  if (answer.searchCost === null || answer.figures?.currency !== 'USD') return null;
  return cost + answer.searchCost;
}

export function approachTotals(run: Pick<EvidenceRun, 'approaches' | 'answers'>): ApproachTotals[] {
  return run.approaches.map(({ approach, setup, setupCost }) => {
    const mine = run.answers.filter((a) => a.approach === approach);
    const ok = mine.filter((a) => a.error === null);
    const costs = ok.map(answerCost);
    const known = costs.length > 0 && costs.every((c) => c !== null);
    const sum = known ? (costs as number[]).reduce((a, b) => a + b, 0) : 0;
    const searchSum = ok.reduce((a, b) => a + (b.searchCost ?? 0), 0);
    const latencies = ok.flatMap((a) => (a.figures ? [a.figures.totalMs] : []));
    const marked = ok.filter((a) => a.mark !== null);
    return {
      approach,
      model: setup.model,
      answered: ok.length,
      failures: mine.length - ok.length,
      marked: marked.length,
      right: marked.filter((a) => a.mark === 'right').length,
      costPer1000: known ? (sum / ok.length) * 1000 : null,
      currency: ok[0]?.figures?.currency ?? 'USD',
      costBasis: known ? { sum, replies: ok.length, searchSum } : null,
      medianMs: median(latencies),
      latencies,
      setupCost,
    };
  });
}
