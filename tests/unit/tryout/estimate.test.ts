// The test set says what it will ask and cost before it runs (issue 17, point 8): through the real
// composition root and router, over the practice provider and the brand-voice sample. The estimate's
// prompt tokens are the ones the run then sends; its reply tokens are the expected answers'.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import { countTextTokens } from '../../../shared/domain/tokens';
import { questionAndAnswer, type Setup } from '../../../shared/domain/tryout';
import { setupEstimate, testSetEstimate, type TestSetEstimate } from '../../../shared/domain/tryout/estimate';
import type { TestRunView } from '../../../shared/ipc/schemas/tryout';
import { BASE, openBrandVoice, seedFineTunedModel, tempDir } from './appHelpers';

async function start() {
  const services = await createAppServices({
    userDataDir: await tempDir(),
    cipher: {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(s, 'utf8'),
      decryptString: (b) => b.toString('utf8'),
    },
    openExternal: async () => {},
    emit: () => {},
    logSink: () => {},
    version: 'test',
    platform: 'test',
    samplesDir: path.resolve('samples'),
  });
  const router = createRouter(createHandlers(services), () => true, services.logger);
  const call = async <T>(route: string, input: unknown): Promise<T> => {
    const result = await router.dispatch(route, input, null);
    if (!result.ok) throw new Error(`${route}: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  return { services, call };
}

describe('test-set estimate', () => {
  it('counts the questions, the prompts the run will send and the cost from the price book', async () => {
    const app = await start();
    const { projectId, train, test } = await openBrandVoice(app.services);
    seedFineTunedModel(app.services, train);
    const { defaultSetups } = await app.call<{ defaultSetups: Setup[] }>('tryout.project', { projectId });
    const estimate = await app.call<TestSetEstimate>('tryout.testEstimate', {
      projectId,
      setups: defaultSetups,
    });
    expect(estimate.questions).toBe(test.length);
    expect(estimate.calls).toBe(test.length * 3);

    // Reply tokens: the expected answers', counted independently here.
    const expected = test.map((e) => questionAndAnswer(e.example)!.answer);
    const replyTokens = expected.reduce((s, a) => s + countTextTokens(a, 'o200k_base'), 0);
    const price = findPrice('practice', BASE)!;
    for (const s of estimate.setups) {
      expect(s.replyTokens).toBe(replyTokens);
      expect(s.cost).toBeCloseTo(
        (s.promptTokens * price.inputPer1M! + replyTokens * price.outputPer1M!) / 1e6,
        12,
      );
      expect(s.price?.checkedOn).toBe(price.checkedOn);
    }
    expect(estimate.total).toBeCloseTo(
      estimate.setups.reduce((sum, s) => sum + s.cost!, 0),
      12,
    );
    // Few-shot pairs make set-up C's prompts longer than B's.
    const [, b, c] = estimate.setups;
    expect(c!.promptTokens).toBeGreaterThan(b!.promptTokens * 2);

    // The run then sends exactly the counted prompt tokens (the practice service reports usage).
    const run = await app.call<TestRunView>('tryout.testStart', {
      projectId,
      setups: defaultSetups,
      concurrency: 3,
      judgeModel: null,
    });
    await app.services.tryout.testSettled(run.id);
    const report = app.services.tryout.testReport(run.id);
    for (const s of estimate.setups)
      expect(report.totals.find((t) => t.setupId === s.setupId)!.promptTokens).toBe(s.promptTokens);
  });

  it('gives no total when a set-up has no price or the currencies differ', () => {
    const setup = (id: string): Setup => ({
      id,
      kind: 'base',
      model: 'm',
      systemPrompt: '',
      fewShotCount: 0,
      temperature: 1,
      maxTokens: null,
    });
    const perQuestion = [{ promptTokens: 100, expectedTokens: 50 }];
    const priced = setupEstimate({ setup: setup('a'), perQuestion, price: findPrice('practice', BASE) });
    const unpriced = setupEstimate({ setup: setup('b'), perQuestion, price: undefined });
    expect(priced.cost).toBeCloseTo((100 * 0.8 + 50 * 3.2) / 1e6, 12);
    expect(testSetEstimate(1, [priced, unpriced]).total).toBeNull();
    expect(testSetEstimate(1, [priced, { ...priced, currency: 'CNY' }]).total).toBeNull();
    expect(testSetEstimate(1, [priced, priced]).total).toBeCloseTo(priced.cost! * 2, 12);
  });
});
