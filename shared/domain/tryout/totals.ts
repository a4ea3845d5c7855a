// Totals per set-up over a test run. Every total keeps the numbers it came from (`basis`) so the report can
// show "0.0123 USD ÷ 10 replies × 1,000" next to "1.23 USD per 1,000 replies" rather than a bare figure.
// Costs stay in the currency the provider bills (CNY for Alibaba's Beijing region); sums never mix two.
import type { Currency } from '../pricing/catalog';
import type { Money } from '../pricing/cost';
import type { CaseResult, Setup } from './types';

export interface SetupTotals {
  setupId: string;
  /** Replies that came back (failed calls are counted separately and left out of every average). */
  replies: number;
  failures: number;
  exactMatches: number;
  /** Replies that parsed as JSON; null when JSON is not measured for this run. */
  validJson: number | null;
  meanSimilarity: number | null;
  judged: number;
  meanJudgeScore: number | null;
  /** What the judge's grading calls cost in all; not part of `cost`, which is what the set-up itself costs. */
  judgeCost: Money | null;
  promptTokens: number;
  replyTokens: number;
  meanFirstTokenMs: number | null;
  meanTotalMs: number | null;
  /** Sum of the replies' costs in `currency`; null if any reply had no price (a partial sum would understate it). */
  cost: number | null;
  currency: Currency;
  costPer1000Replies: number | null;
  basis: {
    costPer1000Replies: string;
    meanTotalMs: string;
    meanSimilarity: string;
  };
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function setupTotals(setup: Setup, results: readonly CaseResult[]): SetupTotals {
  const mine = results.filter((r) => r.setupId === setup.id);
  const ok = mine.filter((r) => r.error === null);
  const figures = ok.flatMap((r) => (r.figures ? [r.figures] : []));
  const scores = ok.flatMap((r) => (r.scores ? [r.scores] : []));
  const judged = ok.flatMap((r) => (r.judge?.score != null ? [r.judge.score] : []));
  const costs = figures.map((f) => f.cost);
  const currency = figures[0]?.currency ?? 'USD';
  const oneCurrency = figures.every((f) => f.currency === currency);
  const cost =
    costs.length > 0 && oneCurrency && costs.every((c) => c !== null) ? sum(costs as number[]) : null;
  const costPer1000Replies = cost === null || ok.length === 0 ? null : (cost / ok.length) * 1000;
  const totalMs = figures.map((f) => f.totalMs);
  const similarities = scores.map((s) => s.similarity);
  const jsonMeasured = scores.some((s) => s.validJson !== null);
  return {
    setupId: setup.id,
    replies: ok.length,
    failures: mine.length - ok.length,
    exactMatches: scores.filter((s) => s.exact).length,
    validJson: jsonMeasured ? scores.filter((s) => s.validJson === true).length : null,
    meanSimilarity: mean(similarities),
    judged: judged.length,
    meanJudgeScore: mean(judged),
    judgeCost: judgeTotal(ok),
    promptTokens: sum(figures.map((f) => f.promptTokens ?? 0)),
    replyTokens: sum(figures.map((f) => f.replyTokens ?? 0)),
    meanFirstTokenMs: mean(figures.flatMap((f) => (f.firstTokenMs === null ? [] : [f.firstTokenMs]))),
    meanTotalMs: mean(totalMs),
    cost,
    currency,
    costPer1000Replies,
    basis: {
      costPer1000Replies:
        cost === null
          ? 'no cost: a reply had no price or usage'
          : `${cost} ${currency} ÷ ${ok.length} replies × 1,000`,
      meanTotalMs: `(${totalMs.join(' + ')}) ms ÷ ${totalMs.length}`,
      meanSimilarity: `mean of ${similarities.length} similarities`,
    },
  };
}

/** The judge's costs summed when they share one currency; null when none is known or they would mix. */
function judgeTotal(results: readonly CaseResult[]): Money | null {
  const known = results.flatMap((r) => (r.judge?.cost?.amount != null ? [r.judge.cost] : []));
  const currency = known[0]?.currency;
  if (!currency || known.some((c) => c.currency !== currency)) return null;
  return { amount: sum(known.map((c) => c.amount ?? 0)), currency };
}

export function allTotals(setups: readonly Setup[], results: readonly CaseResult[]): SetupTotals[] {
  return setups.map((s) => setupTotals(s, results));
}
