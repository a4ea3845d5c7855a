// Scoring with Try's machinery (shared/domain/tryout): the quick check (candidates that need no training,
// scored against the golden answers) and the fidelity report (the retrained model against the recorded
// old answers), plus the report data that Try's CSV/HTML writers turn into files.
import type { ChatExample } from '../../../../shared/domain/chat';
import type { ModelPrice, ProviderId } from '../../../../shared/domain/pricing/catalog';
import { replyCost } from '../../../../shared/domain/pricing/cost';
import type {
  CandidateScore,
  FidelityReport,
  FidelityRow,
  GoldenAnswer,
  RescuePrompt,
} from '../../../../shared/domain/rescue/types';
import { blindPairs } from '../../../../shared/domain/tryout/blind';
import { buildPrompt, type PromptTurn } from '../../../../shared/domain/tryout/fewShot';
import { answersAreJson, isValidJson, scoreReply } from '../../../../shared/domain/tryout/metrics';
import type { ReportData } from '../../../../shared/domain/tryout/report';
import { allTotals } from '../../../../shared/domain/tryout/totals';
import type { CaseResult, Setup, TestCase } from '../../../../shared/domain/tryout/types';
import type { ErrorCode } from '../../../../shared/ipc/errors';
import { toIpcError } from '../providers';

/** Mean similarity at or above which a candidate "answers like the old model" (shown with the number). */
export const CLOSE_ENOUGH = 0.85;
export const FEW_SHOT = 3;

export interface ChatPort {
  chat(
    model: string,
    turns: readonly PromptTurn[],
    options: { temperature?: number; signal?: AbortSignal },
  ): Promise<{ text: string; promptTokens: number | null; replyTokens: number | null }>;
}

export interface GoldenCase {
  prompt: RescuePrompt;
  golden: GoldenAnswer;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const median = (xs: readonly number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function quickCheck(
  cases: readonly GoldenCase[],
  provider: { id: ProviderId; chat: ChatPort['chat'] },
  model: string,
  systemPrompt: string,
  trainExamples: readonly ChatExample[],
  signal?: AbortSignal,
): Promise<CandidateScore[]> {
  const json = answersAreJson(cases.map((c) => c.golden.text));
  const candidates: { id: string; kind: 'base' | 'few-shot'; shots: number }[] = [
    { id: 'base', kind: 'base', shots: 0 },
    { id: 'few-shot', kind: 'few-shot', shots: FEW_SHOT },
  ];
  const out: CandidateScore[] = [];
  for (const candidate of candidates) {
    const scores = [];
    for (const c of cases) {
      const turns = buildPrompt(c.prompt.system ?? systemPrompt, trainExamples, candidate.shots, [
        { role: 'user', content: c.prompt.question },
      ]);
      try {
        const reply = await provider.chat(model, turns, { temperature: 0, ...(signal ? { signal } : {}) });
        scores.push(scoreReply(reply.text, c.golden.text, json));
      } catch (error) {
        if (signal?.aborted) throw error;
        scores.push({ exact: false, validJson: json ? false : null, similarity: 0 });
      }
    }
    const meanSimilarity = mean(scores.map((s) => s.similarity));
    const jsonRate = json ? mean(scores.map((s) => (s.validJson ? 1 : 0))) : null;
    out.push({
      id: candidate.id,
      kind: candidate.kind,
      provider: provider.id,
      model,
      cases: cases.length,
      meanSimilarity,
      exactRate: mean(scores.map((s) => (s.exact ? 1 : 0))),
      jsonRate,
      closeEnough: meanSimilarity >= CLOSE_ENOUGH && (jsonRate === null || jsonRate >= 0.95),
    });
  }
  return out;
}

export async function fidelityReport(
  cases: readonly GoldenCase[],
  target: { provider: ProviderId; model: string; chat: ChatPort['chat'] },
  prices: { old: ModelPrice | undefined; new: ModelPrice | undefined },
  now: () => number,
  seed: number,
  signal?: AbortSignal,
): Promise<FidelityReport> {
  const json = answersAreJson(cases.map((c) => c.golden.text));
  const rows: FidelityRow[] = [];
  for (const [caseIndex, c] of cases.entries()) {
    const turns: PromptTurn[] = [
      ...(c.prompt.system ? [{ role: 'system' as const, content: c.prompt.system }] : []),
      { role: 'user', content: c.prompt.question },
    ];
    const started = now();
    let text = '';
    let error: ErrorCode | null = null;
    let newCost: number | null = null;
    try {
      const reply = await target.chat(target.model, turns, { temperature: 0, ...(signal ? { signal } : {}) });
      text = reply.text;
      if (prices.new && reply.promptTokens !== null && reply.replyTokens !== null)
        newCost = replyCost(reply.promptTokens, reply.replyTokens, prices.new).usd;
    } catch (e) {
      if (signal?.aborted) throw e;
      error = toIpcError(e).code;
    }
    const g = c.golden;
    rows.push({
      caseIndex,
      promptId: c.prompt.id,
      question: c.prompt.question,
      old: g.text,
      new: text,
      scores: scoreReply(text, g.text, json),
      oldJson: json ? isValidJson(g.text) : null,
      oldLatencyMs: g.latencyMs,
      newLatencyMs: now() - started,
      oldCostUsd:
        prices.old && g.promptTokens !== null && g.replyTokens !== null
          ? replyCost(g.promptTokens, g.replyTokens, prices.old).usd
          : null,
      newCostUsd: newCost,
      error,
      oldWasBetter: false,
      corrected: false,
    });
  }
  const ok = rows.filter((r) => r.error === null);
  const per1000 = (values: (number | null)[]) =>
    values.length > 0 && values.every((v) => v !== null) ? mean(values as number[]) * 1000 : null;
  const pairs = blindPairs(
    seed,
    ok.map((r) => r.caseIndex),
    'old',
    'new',
  ) as FidelityReport['blind']['pairs'];
  return {
    newModel: target.model,
    provider: target.provider,
    createdAt: now(),
    rows,
    meanSimilarity: mean(ok.map((r) => r.scores.similarity)),
    exactRate: mean(ok.map((r) => (r.scores.exact ? 1 : 0))),
    jsonRate: json
      ? {
          old: mean(rows.map((r) => (r.oldJson ? 1 : 0))),
          new: mean(ok.map((r) => (r.scores.validJson ? 1 : 0))),
        }
      : null,
    medianLatencyMs: {
      old: median(rows.map((r) => r.oldLatencyMs)),
      new: median(ok.map((r) => r.newLatencyMs)),
    },
    costPer1000: { old: per1000(rows.map((r) => r.oldCostUsd)), new: per1000(ok.map((r) => r.newCostUsd)) },
    blind: { seed, pairs, picks: {} },
    correctionsApplied: 0,
  };
}

/** The fidelity report in the shape Try's report writers take: old and new as two set-ups. */
export function reportDataOf(
  report: FidelityReport,
  oldModel: string,
  systemOf: (promptId: string) => string | null,
): ReportData {
  const setup = (id: string, model: string): Setup => ({
    id,
    kind: 'fine-tuned',
    model,
    systemPrompt: '',
    fewShotCount: 0,
    temperature: 0,
    maxTokens: null,
  });
  const setups = [setup('old', oldModel), setup('new', report.newModel)];
  const cases: TestCase[] = report.rows.map((r) => ({
    index: r.caseIndex,
    exampleId: r.promptId,
    system: systemOf(r.promptId),
    question: r.question,
    expected: r.old,
  }));
  const figures = (ms: number, usd: number | null) => ({
    promptTokens: null,
    replyTokens: null,
    firstTokenMs: null,
    totalMs: ms,
    // The retiring and replacement models are OpenAI's, billed in US dollars.
    cost: usd,
    currency: 'USD' as const,
    costBasis: null,
    noCost: usd === null ? ('no_price' as const) : null,
    costFormula: '',
    price: null,
  });
  const results: CaseResult[] = report.rows.flatMap((r) => [
    {
      caseIndex: r.caseIndex,
      setupId: 'old',
      text: r.old,
      figures: figures(r.oldLatencyMs, r.oldCostUsd),
      error: null,
      scores: null,
      judge: null,
    },
    {
      caseIndex: r.caseIndex,
      setupId: 'new',
      text: r.new,
      figures: r.error ? null : figures(r.newLatencyMs, r.newCostUsd),
      error: r.error,
      scores: r.error ? null : r.scores,
      judge: null,
    },
  ]);
  return {
    createdAt: new Date(report.createdAt).toISOString(),
    setups,
    cases,
    results,
    totals: allTotals(setups, results),
  };
}
