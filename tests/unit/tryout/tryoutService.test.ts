// TryoutService with a hand-driven fake provider: Stop keeps the partial text, failures become coded
// events, times come from the injected clock, and a grading judge is read and kept with its basis.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConversationStore,
  TryoutService,
  type ChatModelSource,
  type TryDataSource,
} from '../../../electron/main/services/tryout';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import { appError } from '../../../shared/ipc/errors';
import type { EventMap, EventName } from '../../../shared/ipc/events';
import type { Setup } from '../../../shared/domain/tryout';
import { tempDir } from './appHelpers';

const MODEL = 'gpt-4o-mini-2024-07-18';
const setup: Setup = {
  id: 'a',
  kind: 'base',
  model: MODEL,
  systemPrompt: 'S',
  fewShotCount: 0,
  temperature: 0.5,
  maxTokens: 64,
};
const example = (q: string, a: string) => ({
  messages: [
    { role: 'user' as const, content: q },
    { role: 'assistant' as const, content: a },
  ],
});

const data: TryDataSource = {
  listProjects: async () => [{ id: 'p', name: 'P', trainCount: 1, testCount: 2 }],
  testExamples: async () => [
    { id: 'e1', example: example('q1', 'expected one') },
    { id: 'e2', example: example('q2', 'expected two') },
  ],
  trainingExamples: async () => [example('tq', 'ta')],
  appendCorrection: async () => ({ exampleId: 'x' }),
};

async function build(chat: ChatModelSource['chat']) {
  let clock = 1000;
  const events: { event: EventName; payload: unknown }[] = [];
  const waiters: (() => void)[] = [];
  const provider: ChatModelSource = { id: 'practice', listModels: async () => [], chat };
  const service = new TryoutService({
    provider: () => provider,
    prices: { priceOf: (p, m) => findPrice(p, m), isOverridden: () => false },
    data,
    conversations: await ConversationStore.open(path.join(await tempDir(), 'c')),
    saveDialog: { chooseSavePath: async () => null },
    emit: <E extends EventName>(event: E, payload: EventMap[E]) => {
      events.push({ event, payload });
      waiters.splice(0).forEach((w) => w());
    },
    now: () => (clock += 10),
    sleep: async () => {},
  });
  const finished = async (runId: string) => {
    for (;;) {
      const e = events.find(
        (x) => x.event === 'tryout.replyFinished' && (x.payload as { runId: string }).runId === runId,
      );
      if (e) return e.payload as EventMap['tryout.replyFinished'];
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  return { service, events, finished };
}

describe('TryoutService', () => {
  it('Stop keeps the text that had arrived, marks it stopped, and saves it in the conversation', async () => {
    let sent: unknown;
    const { service, finished } = await build((model, turns, options) => {
      sent = { model, turns, temperature: options?.temperature, maxTokens: options?.maxTokens };
      options?.onDelta?.('Hi, ');
      options?.onDelta?.('tea');
      return new Promise((_, reject) =>
        options?.signal?.addEventListener('abort', () => reject(appError('cancelled'))),
      );
    });
    const { runId, conversation } = await service.chatSend({
      projectId: 'p',
      conversationId: null,
      setup,
      text: 'hello',
    });
    expect(sent).toEqual({
      model: MODEL,
      turns: [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'hello' },
      ],
      temperature: 0.5,
      maxTokens: 64,
    });
    expect(service.stop(runId)).toEqual({ stopped: true });
    const done = await finished(runId);
    expect(done).toEqual({
      runId,
      conversationId: conversation.id,
      outcome: { ok: true, text: 'Hi, tea', figures: null, stopped: true },
    });
    const saved = (await service.project('p')).conversations[0]!;
    expect(saved.messages.at(-1)).toEqual({
      role: 'assistant',
      content: 'Hi, tea',
      model: MODEL,
      stopped: true,
    });
    expect(service.stop(runId)).toEqual({ stopped: false });
  });

  it('a provider failure reaches the renderer as a code, and the user message stays saved', async () => {
    const { service, finished } = await build(async () => {
      throw appError('model_not_found', { requestId: 'req_1' });
    });
    const { runId } = await service.chatSend({ projectId: 'p', conversationId: null, setup, text: 'hello' });
    expect((await finished(runId)).outcome).toEqual({
      ok: false,
      error: { code: 'model_not_found', requestId: 'req_1' },
    });
    expect((await service.project('p')).conversations[0]!.messages).toEqual([
      { role: 'user', content: 'hello' },
    ]);
  });

  it('measures times on its clock and costs with the catalog; the judge’s grade is read and explained', async () => {
    const { service } = await build(async (model, turns, options) => {
      if (turns[0]?.content.startsWith('You grade answers'))
        return { text: 'Score: 4\nReason: close', promptTokens: 1, replyTokens: 1 };
      options?.onDelta?.('expected one');
      return { text: 'expected one', promptTokens: 100, replyTokens: 10 };
    });
    const run = await service.startTest({
      projectId: 'p',
      setups: [setup],
      concurrency: 1,
      judgeModel: MODEL,
    });
    await service.testSettled(run.id);
    const report = service.testReport(run.id);
    expect(report.status).toBe('finished');
    const [first, second] = report.results;
    expect(first).toMatchObject({
      caseIndex: 0,
      scores: { exact: true },
      judge: { score: 4, reason: 'close', readAs: 'labelled' },
    });
    expect(second).toMatchObject({ caseIndex: 1, scores: { exact: false } });
    // Each clock read advances 10 ms: start, first text, end.
    expect(first!.figures).toMatchObject({ firstTokenMs: 10, totalMs: 20 });
    const price = findPrice('practice', MODEL)!;
    expect(report.totals[0]!.cost).toBeCloseTo(
      (2 * (100 * price.inputPer1M! + 10 * price.outputPer1M!)) / 1e6,
      12,
    );
    expect(report.totals[0]!.meanJudgeScore).toBe(4);
    // The judge's calls are priced too, but kept out of the set-up's own cost.
    expect(first!.judge!.cost?.amount).toBeCloseTo((price.inputPer1M! + price.outputPer1M!) / 1e6, 12);
    expect(report.totals[0]!.judgeCost?.currency).toBe('USD');
    expect(report.totals[0]!.judgeCost?.amount).toBeCloseTo(
      (2 * (price.inputPer1M! + price.outputPer1M!)) / 1e6,
      12,
    );
  });

  it('cancelling a test run stops it at once and keeps what was done', async () => {
    let calls = 0;
    const { service } = await build((_m, _t, options) => {
      calls += 1;
      return new Promise((_, reject) =>
        options?.signal?.addEventListener('abort', () => reject(appError('cancelled'))),
      );
    });
    const run = await service.startTest({
      projectId: 'p',
      setups: [setup],
      concurrency: 1,
      judgeModel: null,
    });
    expect(service.cancelTest(run.id).status).toBe('cancelled');
    await service.testSettled(run.id);
    expect(calls).toBe(1);
    expect(service.testReport(run.id)).toMatchObject({ status: 'cancelled', done: 0, results: [] });
  });
});
