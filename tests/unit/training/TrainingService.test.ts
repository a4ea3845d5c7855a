// The Train service end to end in Node: the real OpenAI adapter over the in-process practice service, a
// manual practice clock and fake poll timers. Start → upload → create → poll → finish; restart and crash
// recovery without duplicates; file reuse; cancel; imported failures with a next step; the request count.
import { afterEach, describe, expect, it } from 'vitest';
import {
  memoryDataSource,
  sampleDataSource,
} from '../../../electron/main/services/training/TrainingDataSource';
import { failureOf } from '../../../shared/domain/training/nextStep';
import { isRunActive } from '../../../shared/domain/training/types';
import type { ChatExample } from '../../../shared/domain/chat';
import { SAMPLES, SETTINGS, trainingHarness } from './harness';

type Harness = Awaited<ReturnType<typeof trainingHarness>>;
let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const example = (i: number, reply = `Reply number ${i}. — Little Kettle`): ChatExample => ({
  messages: [
    { role: 'user', content: `Question number ${i} about tea?` },
    { role: 'assistant', content: reply },
  ],
});

const uniq = <T>(list: T[]) => new Set(list).size === list.length;

describe('TrainingService', () => {
  it('trains from start to success: one upload per part, one job, metrics, checkpoints, one notification, no timer left', async () => {
    h = await trainingHarness();
    const service = await h.build();
    const run = await service.start(SETTINGS);
    expect(run.phase).toBe('uploading');
    const tracked = await h.untilTracked(run.id);
    expect(tracked.files.train).toMatch(/^file-/);
    expect(tracked.files.validation).toMatch(/^file-/);
    expect(tracked.job?.status).toBe('validating');
    await h.advance(200_000);
    const done = await h.until(run.id, (r) => !isRunActive(r));
    expect(done.job?.status).toBe('succeeded');
    expect(done.job?.fineTunedModel).toMatch(/^ft:gpt-4\.1-mini-2025-04-14:personal:kettle:/);
    expect(done.progress?.step).toBe(done.progress?.totalSteps);
    expect(done.metrics.map((m) => m.step)).toEqual(
      Array.from({ length: done.progress?.totalSteps ?? 0 }, (_, i) => i + 1),
    );
    expect(done.metrics.some((m) => m.validLoss !== null)).toBe(true);
    // One full-validation figure per epoch, read from the provider's message.
    expect(done.metrics.filter((m) => typeof m.fullValidLoss === 'number')).toHaveLength(
      done.job?.epochs ?? -1,
    );
    expect(done.checkpoints.length).toBeGreaterThan(0);
    expect(done.checkpoints.at(-1)?.model).toBe(done.job?.fineTunedModel);
    expect(uniq(done.events.map((e) => e.id))).toBe(true);
    expect(done.events.at(-1)?.message).toMatch(/successfully completed/);
    expect(h.requests('POST', '/files')).toBe(2);
    expect(h.requests('POST', '/fine_tuning/jobs')).toBe(1);
    expect(h.notifier.shown).toEqual([
      { title: 'Training finished', body: '“kettle” is ready. Open Tunesmith to try it.', runId: run.id },
    ]);
    expect(h.timers.pending()).toBe(0);
    expect(service.poller.watched()).toEqual([]);
  });

  it('while a job view watches a running job, the step never stands more than 5 s and "Finished" follows within 5 s', async () => {
    /** Seconds the shown step stood still at most while training, and how late "succeeded" was seen. */
    const follow = async (watched: boolean) => {
      h = await trainingHarness({
        durations: { validatingMs: 20_000, queuedMs: 30_000, runningMs: 120_000 },
      });
      const service = await h.build();
      const run = await service.start(SETTINGS);
      await h.untilTracked(run.id);
      if (watched) service.watch(run.id, true);
      let longestStill = 0;
      let still = 0;
      let lastStep = -1;
      let seenAt: number | null = null;
      for (let second = 0; second < 240 && seenAt === null; second += 1) {
        await h.advance(1_000);
        const shown = service.runs().find((r) => r.id === run.id);
        if (shown?.job?.status === 'succeeded') seenAt = h.clock.now();
        else if (shown?.job?.status === 'running') {
          const step = shown.progress?.step ?? 0;
          still = step === lastStep ? still + 1 : 0;
          lastStep = step;
          longestStill = Math.max(longestStill, still);
        }
      }
      const finishedAt = (await h.provider().getJob(service.runs()[0]!.job!.id)).finishedAt ?? 0;
      const late = ((seenAt ?? Infinity) - finishedAt) / 1_000;
      await h.close();
      h = null;
      return { longestStill, late };
    };
    const watched = await follow(true);
    expect(watched.longestStill).toBeLessThanOrEqual(5);
    expect(watched.late).toBeLessThanOrEqual(5);
    // Without a view the backoff holds (and the same job is seen much later): watching is what changed.
    const unwatched = await follow(false);
    expect(unwatched.longestStill).toBeGreaterThan(5);
  });

  it('moderates before uploading and refuses to start with flagged lines', async () => {
    const train = Array.from({ length: 12 }, (_, i) => example(i));
    train[3] = example(3, 'I will kill you');
    h = await trainingHarness({ source: memoryDataSource([{ id: 'p1', name: 'Flagged', train }]) });
    const service = await h.build();
    const answer = await service.moderate('p1');
    expect(answer.flagged).toEqual([
      { part: 'train', position: 4, line: 4, categories: expect.arrayContaining(['violence']) },
    ]);
    await expect(service.start({ ...SETTINGS, sourceId: 'p1' })).rejects.toMatchObject({
      ipcError: { code: 'file_invalid', params: { flagged: '4' } },
    });
    expect(h.requests('POST', '/files')).toBe(0);
  });

  it('plans with the data re-checked: too few examples and a budget below the cost both block the start', async () => {
    const few = Array.from({ length: 7 }, (_, i) => example(i));
    h = await trainingHarness({
      source: memoryDataSource([
        { id: 'few', name: 'Few', train: few },
        { id: 'ok', name: 'Enough', train: Array.from({ length: 40 }, (_, i) => example(i)) },
      ]),
    });
    const service = await h.build();
    const small = await service.plan({ ...SETTINGS, sourceId: 'few' });
    expect(small.blockedBy).toContain('data_errors');
    expect(small.check.counts.too_few_examples).toBe(1);
    expect(small.epochs).toEqual({ epochs: 14, mode: 'auto', reason: 'small-dataset' });
    const fine = await service.plan({ ...SETTINGS, sourceId: 'ok' });
    expect(fine.blockedBy).toEqual([]);
    expect(fine.trainingCost.formula).toContain(`× ${fine.epochs.epochs} epochs × $5 / 1M tokens`);
    expect(fine.reply.base?.amount).toBeLessThan(fine.reply.tuned.amount ?? 0);
    expect(fine.trainingCost.currency).toBe('USD');
    // A cap in another currency does not limit this run; the USD cap does.
    await service.setBudget((fine.trainingCost.amount ?? 0) / 100, 'CNY');
    expect((await service.plan({ ...SETTINGS, sourceId: 'ok' })).blockedBy).toEqual([]);
    await service.setBudget((fine.trainingCost.amount ?? 0) / 2, 'USD');
    const capped = await service.plan({ ...SETTINGS, sourceId: 'ok' });
    expect(capped.blockedBy).toEqual(['over_budget']);
    await expect(service.start({ ...SETTINGS, sourceId: 'ok' })).rejects.toMatchObject({
      ipcError: { code: 'bad_input', path: 'over_budget' },
    });
  });

  it('resumes a running job after a restart: it finishes, with no duplicate events and one job', async () => {
    h = await trainingHarness();
    const first = await h.build();
    const run = await first.start(SETTINGS);
    await h.untilTracked(run.id);
    await h.advance(90_000); // validating (20 s) + queued (30 s) + some training
    const midway = await h.until(run.id, (r) => (r.progress?.step ?? 0) > 0);
    expect(midway.job?.status).toBe('running');
    first.dispose(); // the app quits
    await first.poller.settled();
    await h.practice.flush();

    const second = await h.build();
    expect(second.poller.watched()).toEqual([run.id]);
    await h.advance(200_000);
    const done = await h.until(run.id, (r) => !isRunActive(r));
    expect(done.job?.status).toBe('succeeded');
    expect(uniq(done.events.map((e) => e.id))).toBe(true);
    expect(uniq(done.metrics.map((m) => m.step))).toBe(true);
    expect(done.metrics).toHaveLength(done.progress?.totalSteps ?? -1);
    expect(h.requests('POST', '/fine_tuning/jobs')).toBe(1);
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('a crash between creating the job and saving it here is reconciled by clientRef, not duplicated', async () => {
    h = await trainingHarness();
    // The process "dies" right after the provider answered: nothing after that line ever runs.
    const crashed = await h.build({ afterJobCreated: () => new Promise(() => undefined) });
    const run = await crashed.start(SETTINGS);
    await h.until(run.id, (r) => r.phase === 'creating');
    await h.untilRequest('POST', '/fine_tuning/jobs');
    expect(h.requests('POST', '/fine_tuning/jobs')).toBe(1);
    expect(crashed.runs()[0]?.job).toBeNull();
    crashed.dispose();

    const restarted = await h.build();
    await h.advance(10_000); // the first look retries the create, which finds the job by its clientRef
    const found = await h.untilTracked(run.id);
    const listed = await h.provider().listJobs({ limit: 100 });
    expect(listed.data).toHaveLength(1);
    expect(found.job?.id).toBe(listed.data[0]?.id);
    expect(h.requests('POST', '/fine_tuning/jobs')).toBe(1);
    await h.advance(200_000);
    expect((await h.until(run.id, (r) => !isRunActive(r))).job?.status).toBe('succeeded');
    expect(restarted.poller.watched()).toEqual([]);
  });

  it('reuses a file already uploaded to this account instead of sending it again', async () => {
    h = await trainingHarness();
    const service = await h.build();
    const a = await service.start(SETTINGS);
    await h.untilTracked(a.id);
    const b = await service.start({ ...SETTINGS, suffix: 'again' });
    const second = await h.untilTracked(b.id);
    const first = service.runs().find((r) => r.id === a.id);
    expect(second.files).toEqual(first?.files);
    expect(h.requests('POST', '/files')).toBe(2);
    expect(h.requests('POST', '/fine_tuning/jobs')).toBe(2);
  });

  it('cancels an upload in flight: the run stops, no job is created', async () => {
    h = await trainingHarness();
    h.practice.faults.inject({ route: 'POST /files', action: { kind: 'hang' } });
    const service = await h.build();
    const run = await service.start(SETTINGS);
    await h.untilRequest('POST', '/files');
    service.cancelUpload(run.id);
    const stopped = await h.until(run.id, (r) => r.phase === 'stopped');
    expect(stopped.stopReason).toBe('upload_cancelled');
    expect(failureOf(stopped)).toBeNull();
    expect(h.requests('POST', '/fine_tuning/jobs')).toBe(0);
  });

  it('cancels a running job with the provider; no notification for the user’s own cancel; polling stops', async () => {
    h = await trainingHarness();
    const service = await h.build();
    const run = await service.start(SETTINGS);
    await h.untilTracked(run.id);
    await h.advance(60_000);
    const cancelled = await service.cancel(run.id);
    expect(cancelled.job?.status).toBe('cancelled');
    expect(cancelled.events.at(-1)?.message).toMatch(/cancelled/i);
    await h.advance(120_000);
    expect(h.notifier.shown).toEqual([]);
    expect(service.poller.watched()).toEqual([]);
    expect(h.timers.pending()).toBe(0);
  });

  it('imports a job that failed for too few examples and says how many to add', async () => {
    h = await trainingHarness();
    const provider = h.provider();
    const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify(example(i))).join('\n') + '\n';
    const file = await provider.uploadTrainingFile('few.jsonl', new TextEncoder().encode(lines));
    await provider.createJob({
      clientRef: 'elsewhere-1',
      baseModel: SETTINGS.model,
      trainingFileId: file.id,
    });
    const service = await h.build();
    const imported = await service.importJobs();
    expect(imported).toHaveLength(1);
    expect(service.poller.watched()).toEqual([imported[0]?.id]);
    await h.advance(60_000);
    const failed = await h.until(imported[0]?.id ?? '', (r) => !isRunActive(r));
    expect(failed.job?.status).toBe('failed');
    expect(failureOf(failed)?.next).toEqual({ kind: 'add_examples', have: 5, need: 10, more: 5 });
    expect(failureOf(failed)?.providerMessage).toMatch(/5 example\(s\)/);
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['Training stopped with a problem']);
    // Importing again adds nothing.
    expect(await service.importJobs()).toHaveLength(1);
  });

  it('counts the requests the poller makes for a one-hour job', async () => {
    h = await trainingHarness({
      durations: { validatingMs: 60_000, queuedMs: 5 * 60_000, runningMs: 54 * 60_000 },
    });
    const service = await h.build();
    const run = await service.start(SETTINGS);
    await h.untilTracked(run.id);
    const before = h.practice.faults.requests.length;
    await h.advance(61 * 60_000);
    const done = await h.until(run.id, (r) => !isRunActive(r));
    expect(done.job?.status).toBe('succeeded');
    const polling = h.practice.faults.requests.slice(before);
    const looks = polling.filter((r) => /^\/fine_tuning\/jobs\/[^/]+$/.test(r.path)).length;
    console.info(
      `one-hour job: ${polling.length} requests in ${looks} looks (${polling.filter((r) => r.path.endsWith('/events')).length} event pages, ${polling.filter((r) => r.path.endsWith('/checkpoints')).length} checkpoint lists)`,
    );
    // 60 looks at one a minute would be the floor for a one-minute cap; backoff restarts add a few.
    expect(looks).toBeGreaterThan(55);
    expect(looks).toBeLessThan(90);
    expect(polling.length).toBeLessThan(3 * looks);
    expect(h.timers.pending()).toBe(0);
  }, 60_000);
});

describe('sample data source', () => {
  it('splits each shipped sample like the Examples feature and skips the flawed one', async () => {
    const list = await sampleDataSource(SAMPLES).list();
    expect(list.map((s) => s.id)).toContain('sample:brand-voice:en');
    expect(list.some((s) => s.id.includes('flawed'))).toBe(false);
    const en = list.find((s) => s.id === 'sample:brand-voice:en');
    expect(en).toMatchObject({ trainCount: 48, validationCount: 6 });
  });
});

describe('TrainingService, more', () => {
  it('trains on tool-call (function-calling) examples', async () => {
    const tools = [
      {
        type: 'function',
        function: {
          name: 'track_order',
          parameters: { type: 'object', properties: { id: { type: 'string' } } },
        },
      },
    ];
    const toolExample = (i: number): ChatExample => ({
      tools,
      messages: [
        { role: 'user', content: `Where is order A${1000 + i}?` },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: `call_${i}`,
              type: 'function',
              function: { name: 'track_order', arguments: `{"id":"A${1000 + i}"}` },
            },
          ],
        },
        { role: 'tool', tool_call_id: `call_${i}`, content: `{"status":"shipped","day":${i}}` },
        { role: 'assistant', content: `Order A${1000 + i} has shipped.` },
      ],
    });
    h = await trainingHarness({
      source: memoryDataSource([
        { id: 'tools', name: 'Tools', train: Array.from({ length: 12 }, (_, i) => toolExample(i)) },
      ]),
    });
    const service = await h.build();
    const plan = await service.plan({ ...SETTINGS, sourceId: 'tools' });
    expect(plan.check.toolExamples).toBe(12);
    expect(plan.blockedBy).toEqual([]);
    const run = await service.start({ ...SETTINGS, sourceId: 'tools' });
    await h.untilTracked(run.id);
    await h.advance(200_000);
    expect((await h.until(run.id, (r) => !isRunActive(r))).job?.status).toBe('succeeded');
  });

  it('pauses and resumes a running job; polling continues while paused and stops at the end', async () => {
    h = await trainingHarness();
    const service = await h.build();
    const run = await service.start(SETTINGS);
    await h.untilTracked(run.id);
    await h.advance(60_000);
    const paused = await service.pause(run.id);
    expect(paused.job?.status).toBe('paused');
    await h.advance(300_000);
    expect(service.run(run.id).job?.status).toBe('paused');
    expect(service.poller.watched()).toEqual([run.id]);
    const resumed = await service.resume(run.id);
    expect(resumed.job?.status).toBe('queued');
    await h.advance(300_000);
    const done = await h.until(run.id, (r) => !isRunActive(r));
    expect(done.job?.status).toBe('succeeded');
    expect(uniq(done.metrics.map((m) => m.step))).toBe(true);
    expect(service.poller.watched()).toEqual([]);
  });
});
