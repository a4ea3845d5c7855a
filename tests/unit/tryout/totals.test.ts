import { describe, expect, it } from 'vitest';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import { allTotals, replyFigures, type CaseResult, type Setup } from '../../../shared/domain/tryout';

const setup = (id: string, model: string): Setup => ({
  id,
  kind: 'base',
  model,
  systemPrompt: '',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
});
const mini = { ...findPrice('practice', 'gpt-4o-mini-2024-07-18')!, overridden: false };

function result(
  setupId: string,
  caseIndex: number,
  prompt: number,
  reply: number,
  ms: [number, number | null, number],
  sim = 0.5,
  exact = false,
): CaseResult {
  return {
    caseIndex,
    setupId,
    text: 'x',
    figures: replyFigures(
      { promptTokens: prompt, replyTokens: reply },
      { startedAt: ms[0], firstTextAt: ms[1], finishedAt: ms[2] },
      mini,
    ),
    error: null,
    scores: { exact, validJson: null, similarity: sim },
    judge: null,
  };
}

describe('reply figures', () => {
  it('times from the request, and costs by the catalog price with the formula', () => {
    const f = replyFigures(
      { promptTokens: 1000, replyTokens: 500 },
      { startedAt: 100, firstTextAt: 160, finishedAt: 400 },
      mini,
    );
    expect(f.firstTokenMs).toBe(60);
    expect(f.totalMs).toBe(300);
    // gpt-4o-mini: $0.30 in, $1.20 out per 1M.
    expect(f.currency).toBe('USD');
    expect(f.cost).toBeCloseTo((1000 * 0.3 + 500 * 1.2) / 1e6, 12);
    expect(f.costFormula).toBe('1000 in × $0.3/1M + 500 out × $1.2/1M');
    expect(f.price).toMatchObject({
      model: 'gpt-4o-mini-2024-07-18',
      checkedOn: mini.checkedOn,
      overridden: false,
    });
  });

  it('does not invent a cost without usage or price', () => {
    expect(
      replyFigures(
        { promptTokens: null, replyTokens: 3 },
        { startedAt: 0, firstTextAt: null, finishedAt: 5 },
        mini,
      ),
    ).toMatchObject({ cost: null, noCost: 'no_usage', firstTokenMs: null });
    expect(
      replyFigures({ promptTokens: 1, replyTokens: 3 }, { startedAt: 0, firstTextAt: 1, finishedAt: 5 }, null)
        .noCost,
    ).toBe('no_price');
  });
});

describe('totals per set-up', () => {
  const setups = [setup('a', 'gpt-4o-mini-2024-07-18'), setup('b', 'gpt-4o-mini-2024-07-18')];
  const results: CaseResult[] = [
    result('a', 0, 100, 50, [0, 10, 100], 1, true),
    result('a', 1, 300, 150, [0, 30, 300], 0.5),
    result('b', 0, 1000, 20, [0, null, 50], 0.25),
    { caseIndex: 1, setupId: 'b', text: '', figures: null, error: 'rate_limited', scores: null, judge: null },
  ];
  const [a, b] = allTotals(setups, results);

  it('sums tokens, averages times and similarity, counts matches', () => {
    expect(a).toMatchObject({
      replies: 2,
      failures: 0,
      exactMatches: 1,
      promptTokens: 400,
      replyTokens: 200,
      meanFirstTokenMs: 20,
      meanTotalMs: 200,
      meanSimilarity: 0.75,
      validJson: null,
    });
  });

  it('costs per 1,000 replies from the summed cost, with its basis', () => {
    const cost = (400 * 0.3 + 200 * 1.2) / 1e6;
    expect(a!.cost).toBeCloseTo(cost, 12);
    expect(a!.currency).toBe('USD');
    expect(a!.costPer1000Replies).toBeCloseTo((cost / 2) * 1000, 12);
    expect(a!.basis.costPer1000Replies).toBe(`${a!.cost} USD ÷ 2 replies × 1,000`);
  });

  it('leaves failed calls out of averages but counts them, and skips missing first-token times', () => {
    expect(b).toMatchObject({
      replies: 1,
      failures: 1,
      meanFirstTokenMs: null,
      meanTotalMs: 50,
      promptTokens: 1000,
    });
  });
});
