// The Try service end to end in Node: the real composition root (practice provider over the official SDK,
// price book, Examples projects on disk), the brand-voice sample, and the IPC router.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import type { EventMap, EventName } from '../../../shared/ipc/events';
import type { ReportText } from '../../../shared/domain/tryout';
import { BASE, FINE_TUNED, openBrandVoice, seedFineTunedModel, tempDir } from './appHelpers';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};
type Emitted = { [E in EventName]: { event: E; payload: EventMap[E] } }[EventName];

async function start() {
  const dir = await tempDir();
  const saved: string[] = [];
  const events: Emitted[] = [];
  const waiters: (() => void)[] = [];
  const services = await createAppServices({
    userDataDir: dir,
    cipher: plainCipher,
    openExternal: async () => {},
    emit: (event, payload) => {
      events.push({ event, payload } as Emitted);
      waiters.splice(0).forEach((w) => w());
    },
    logSink: () => {},
    version: 'test',
    platform: 'test',
    samplesDir: path.resolve('samples'),
    dialogs: {
      showOpenDialog: async () => null,
      showSaveDialog: async (_purpose, name) => {
        const file = path.join(dir, name);
        saved.push(file);
        return file;
      },
    },
  });
  const router = createRouter(createHandlers(services), () => true, services.logger);
  const call = async <T>(route: string, input: unknown): Promise<T> => {
    const result = await router.dispatch(route, input, null);
    if (!result.ok) throw new Error(`${route}: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  /** Resolves once an event matching `test` has been emitted (no sleeping). */
  const waitFor = async (test: (e: Emitted) => boolean): Promise<Emitted> => {
    for (;;) {
      const found = events.find(test);
      if (found) return found;
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  return { services, call, events, waitFor, saved };
}

describe('Try service over the practice provider', () => {
  it('offers the three default set-ups and streams a chat reply that is saved in the project', async () => {
    const app = await start();
    const { projectId, train } = await openBrandVoice(app.services);
    seedFineTunedModel(app.services, train);
    const view = await app.call<{
      defaultSetups: { id: string; kind: string; model: string; systemPrompt: string }[];
    }>('tryout.project', { projectId });
    expect(view.defaultSetups.map((s) => [s.kind, s.model])).toEqual([
      ['fine-tuned', FINE_TUNED],
      ['base', BASE],
      ['few-shot', BASE],
    ]);
    expect(view.defaultSetups[0]!.systemPrompt).toMatch(/^You are Kettle/);

    const sent = await app.call<{ runId: string; conversation: { id: string } }>('tryout.chatSend', {
      projectId,
      conversationId: null,
      setup: view.defaultSetups[0],
      text: 'How much is shipping?',
    });
    const finished = await app.waitFor(
      (e) => e.event === 'tryout.replyFinished' && e.payload.runId === sent.runId,
    );
    const deltas = app.events.filter(
      (e) => e.event === 'tryout.replyStreamed' && e.payload.runId === sent.runId,
    );
    expect(deltas.length).toBeGreaterThan(3); // it streamed in pieces
    if (finished.event !== 'tryout.replyFinished' || !finished.payload.outcome.ok)
      throw new Error('reply failed');
    const text = finished.payload.outcome.text;
    expect(deltas.map((d) => (d.payload as { text: string }).text).join('')).toBe(text);
    expect(text).toContain('Hi, tea friend!');
    const saved = app.services.tryout;
    const again = await saved.project(projectId);
    expect(again.conversations[0]?.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(again.conversations[0]?.messages[1]?.content).toBe(text);
  });

  it('side by side: figures come from usage, the clock and the catalog price', async () => {
    const app = await start();
    const { projectId, train } = await openBrandVoice(app.services);
    seedFineTunedModel(app.services, train);
    const { defaultSetups } = await app.services.tryout.project(projectId);
    const { runs } = await app.call<{ runs: { setupId: string; runId: string }[] }>('tryout.compare', {
      projectId,
      setups: defaultSetups,
      text: 'Do you ship to Canada?',
    });
    const price = findPrice('practice', BASE)!;
    const prompts: number[] = [];
    for (const run of runs) {
      const done = await app.waitFor(
        (e) => e.event === 'tryout.replyFinished' && e.payload.runId === run.runId,
      );
      if (done.event !== 'tryout.replyFinished' || !done.payload.outcome.ok) throw new Error('failed');
      const f = done.payload.outcome.figures!;
      expect(f.promptTokens).toBeGreaterThan(0);
      expect(f.replyTokens).toBeGreaterThan(0);
      expect(f.currency).toBe('USD');
      expect(f.cost).toBeCloseTo(
        (f.promptTokens! * price.inputPer1M! + f.replyTokens! * price.outputPer1M!) / 1e6,
        12,
      );
      expect(f.firstTokenMs).not.toBeNull();
      expect(f.firstTokenMs!).toBeLessThanOrEqual(f.totalMs);
      prompts.push(f.promptTokens!);
    }
    // The few-shot prompt carries three examples, so it is much longer than the short prompt.
    expect(prompts[2]!).toBeGreaterThan(prompts[1]! * 2);
    expect(prompts[0]).toBe(prompts[1]);
  });

  it('runs the test part with totals, exports CSV and HTML, runs blind A/B, and adds a correction to Examples', async () => {
    const app = await start();
    const { projectId, train, test } = await openBrandVoice(app.services);
    seedFineTunedModel(app.services, train);
    const { defaultSetups } = await app.services.tryout.project(projectId);
    const started = await app.call<{ id: string; total: number }>('tryout.testStart', {
      projectId,
      setups: defaultSetups,
      concurrency: 3,
      judgeModel: BASE,
    });
    expect(started.total).toBe(test.length * 3);
    await app.services.tryout.testSettled(started.id);
    const report = app.services.tryout.testReport(started.id);
    expect(report.status).toBe('finished');
    expect(report.results).toHaveLength(test.length * 3);
    const progress = app.events.filter((e) => e.event === 'tryout.testProgressed');
    expect(progress.at(-1)?.payload).toMatchObject({ done: test.length * 3, status: 'finished' });
    const [ft, base] = report.totals;
    // The fine-tuned practice model answers in the trained voice: closer to the expected answers.
    expect(ft!.meanSimilarity!).toBeGreaterThan(base!.meanSimilarity!);
    expect(ft!.costPer1000Replies).toBeCloseTo((ft!.cost! / ft!.replies) * 1000, 12);
    // The practice base model does not follow the judge's instructions: no grade is invented.
    expect(report.results.every((r) => r.judge?.score === null && r.judge.readAs === 'none')).toBe(true);

    const text = Object.fromEntries(
      [
        'title',
        'setup',
        'example',
        'question',
        'expected',
        'reply',
        'exact',
        'validJson',
        'similarity',
        'judge',
        'promptTokens',
        'replyTokens',
        'firstTokenMs',
        'totalMs',
        'cost',
        'currency',
        'costPer1000',
        'replies',
        'totals',
        'error',
        'yes',
        'no',
      ].map((k) => [k, k]),
    ) as unknown as ReportText;
    text.setupLabels = { a: 'fine-tuned', b: 'base', c: 'few-shot' };
    const csv = await app.call<{ saved: boolean; fileName: string }>('tryout.export', {
      testRunId: started.id,
      format: 'csv',
      text,
    });
    const html = await app.call<{ saved: boolean; fileName: string }>('tryout.export', {
      testRunId: started.id,
      format: 'html',
      text,
    });
    expect(csv.saved && html.saved).toBe(true);
    expect(csv.fileName).toMatch(/^try-report-.*\.csv$/);
    const csvText = await fs.readFile(app.saved[0]!, 'utf8');
    expect(csvText.trim().split('\r\n')).toHaveLength(1 + test.length * 3);
    expect(await fs.readFile(app.saved[1]!, 'utf8')).toContain('<table>');

    const blind = await app.call<{ items: { caseIndex: number }[]; reveal: unknown }>('tryout.blindStart', {
      testRunId: started.id,
      setupA: 'a',
      setupB: 'b',
    });
    expect(blind.items).toHaveLength(test.length);
    expect(JSON.stringify(blind)).not.toContain(FINE_TUNED);
    let last = blind;
    for (const item of blind.items)
      last = await app.call('tryout.blindPick', {
        testRunId: started.id,
        caseIndex: item.caseIndex,
        pick: 'first',
      });
    expect(last.reveal).not.toBeNull();

    const bad = report.results.find((r) => r.setupId === 'b')!;
    const c = report.cases[bad.caseIndex]!;
    const added = await app.call<{ exampleId: string }>('tryout.correct', {
      projectId,
      system: c.system,
      question: c.question,
      reply: `${c.expected} (checked)`,
      model: BASE,
      source: 'test',
    });
    const examples = await app.services.projects.examplesOf(projectId);
    const corrected = examples.find((e) => e.id === added.exampleId);
    expect(corrected).toMatchObject({
      provenance: 'corrected-from-try',
      correctedFrom: BASE,
      split: 'train',
    });
    expect(corrected?.example.messages.at(-1)?.content).toBe(`${c.expected} (checked)`);
  });

  it('measures valid JSON when the expected answers are JSON (extraction sample)', async () => {
    const app = await start();
    const opened = await app.services.samples.open(app.services.projects, 'extraction', 'en');
    const projectId = opened.meta.id;
    await app.services.projects.applySplit(projectId, { preset: '80-10-10', seed: 7 });
    const parts = await app.services.projects.examplesOf(projectId);
    seedFineTunedModel(
      app.services,
      parts.filter((e) => e.split === 'train').map((e) => e.example),
    );
    const { defaultSetups } = await app.services.tryout.project(projectId);
    const run = await app.services.tryout.startTest({
      projectId,
      setups: defaultSetups.slice(0, 2),
      concurrency: 2,
      judgeModel: null,
    });
    await app.services.tryout.testSettled(run.id);
    const report = app.services.tryout.testReport(run.id);
    expect(report.answersAreJson).toBe(true);
    const [ft, base] = report.totals;
    // The fine-tuned practice model answers with JSON from its training replies; the base model in prose.
    expect(ft!.validJson).toBe(ft!.replies);
    expect(base!.validJson).toBe(0);
    expect(report.results.every((r) => r.scores?.validJson !== null)).toBe(true);
  });
});
