// The test-set runner against real 429s: a practice account allowed 4 requests a minute, reached over HTTP
// through the app's OpenAI adapter. The runner must slow down (fewer calls at once, waiting at least as
// long as the provider asks) and still finish every reply, without hammering the provider. Waiting moves
// the practice service's manual clock instead of sleeping.
import { describe, expect, it } from 'vitest';
import { TestRuns } from '../../../electron/main/services/tryout/testRuns';
import type { TryDataSource } from '../../../electron/main/services/tryout';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import type { Setup } from '../../../shared/domain/tryout';
import { PRACTICE_KEY, startProviderHarness } from '../providers/helpers';

const examples = Array.from({ length: 6 }, (_, i) => ({
  id: `e${i}`,
  example: {
    messages: [
      { role: 'user' as const, content: `Where is order LK-${1000 + i}?` },
      { role: 'assistant' as const, content: 'On its way.' },
    ],
  },
}));
const data: TryDataSource = {
  listProjects: async () => [],
  testExamples: async () => examples,
  trainingExamples: async () => [],
  appendCorrection: async () => ({ exampleId: 'x' }),
};
const setup: Setup = {
  id: 'b',
  kind: 'base',
  model: 'gpt-4o-mini-2024-07-18',
  systemPrompt: '',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
};

describe('test-set runner and rate limits', () => {
  it('slows down on 429s, waits as asked, and finishes every reply', async () => {
    const harness = await startProviderHarness({ accounts: { [PRACTICE_KEY]: { requestsPerMinute: 4 } } });
    const waits: number[] = [];
    try {
      const provider = harness.provider();
      const runs = new TestRuns({
        data,
        provider: () => provider,
        prices: { priceOf: (p, m) => findPrice('practice', m) ?? findPrice(p, m), isOverridden: () => false },
        now: () => harness.clock.now(),
        sleep: async (ms) => {
          waits.push(ms);
          harness.clock.advance(ms);
        },
        newId: () => 'run',
        emitProgress: () => {},
      });
      const view = await runs.start({ projectId: 'p', setups: [setup], concurrency: 3, judgeModel: null });
      await runs.settled(view.id);
      const report = runs.get(view.id);
      expect(report.status).toBe('finished');
      expect(report.results.map((r) => r.error)).toEqual(Array(6).fill(null));
      const chats = harness.service.faults.requests.filter((r) => r.path === '/chat/completions');
      expect(chats.filter((r) => r.status === 200)).toHaveLength(6);
      expect(chats.some((r) => r.status === 429)).toBe(true);
      // Each wait is at least the provider's retry-after (whole seconds, at least 1 s).
      expect(waits.length).toBeGreaterThan(0);
      expect(Math.min(...waits)).toBeGreaterThanOrEqual(1000);
    } finally {
      await harness.close();
    }
  });
});
