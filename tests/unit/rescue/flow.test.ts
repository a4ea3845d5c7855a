// The rescue flow in a whole app against the practice retiring account, on one moved clock: inventory with
// countdowns, recipe (and a refused download), recording through a 429 storm, a crash mid-recording, quick
// check, retrain on practice, fidelity, corrections, export, and the day after OpenAI's shutdown.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PRACTICE_BASE_URL,
  RETIRING_ACCOUNTS,
  RETIRING_PRACTICE_KEY,
  RETIRING_REFUSING_KEY,
  createManualClock,
  createPracticeService,
  withRetiringAccount,
} from '../../../electron/main/services/practice';
import type { RecorderPort } from '../../../electron/main/services/rescue/GoldenRecorder';
import { ALL_SOURCES, INVOICE, SUPPORT, rescueApp } from './harness';

const answerLines = async (dir: string) => {
  const folder = path.join(dir, 'tunesmith', 'rescue');
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.answers.jsonl'));
  const lines: { promptId: string; mark: string }[] = [];
  for (const f of files)
    for (const l of (await readFile(path.join(folder, f), 'utf8')).split('\n'))
      if (l) lines.push(JSON.parse(l));
  return lines;
};

describe('rescue flow', () => {
  it('finds the at-risk models with their jobs, files and two countdowns', async () => {
    const { services } = await rescueApp();
    const inventory = await services.rescue.useSample();
    expect(inventory.countdown).toMatchObject({ daysUntilNoNewJobs: 32, daysUntilShutdown: 40 });
    expect(inventory.models.map((m) => m.id).sort()).toEqual([SUPPORT, INVOICE].sort());
    const support = inventory.models.find((m) => m.id === SUPPORT)!;
    expect(support).toMatchObject({
      baseModel: 'gpt-4o-mini-2024-07-18',
      shutdownDate: '2027-01-14',
      listed: true,
    });
    expect(support.job).toMatchObject({ epochs: 3, suffix: 'support' });
    expect(support.job?.validationFile).toBeTruthy();
  });

  it('saves the recipe into a new Examples project with provenance and settings', async () => {
    const { services } = await rescueApp();
    await services.rescue.useSample();
    const state = await services.rescue.saveRecipe(SUPPORT);
    const recipe = state.recipe!;
    expect(recipe.training).toMatchObject({ state: 'saved', lines: 30 });
    expect(recipe.validation).toMatchObject({ state: 'saved', lines: 6 });
    expect(recipe.result.state).toBe('saved');
    expect(recipe.resultRows).toBeGreaterThan(0);
    expect(recipe).toMatchObject({ epochs: 3, suffix: 'support', jobId: 'ftjob-RetiringSupport0000000001' });
    expect(recipe.systemPrompt).toContain('Acme Kettles');
    const examples = await services.projects.examplesOf(recipe.projectId!);
    expect(examples.filter((e) => e.split === 'train')).toHaveLength(30);
    expect(examples.filter((e) => e.split === 'validation')).toHaveLength(6);
    expect((await services.projects.metaOf(recipe.projectId!)).name).toBe(
      'Rescued: support (gpt-4o-mini-2024-07-18)',
    );
  });

  it('says plainly when OpenAI refuses a download and imports the user’s original file instead', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-rescue-orig-'));
    const original = path.join(dir, 'my-original.jsonl');
    const line = JSON.stringify({
      messages: [
        { role: 'user', content: 'Hello?' },
        { role: 'assistant', content: 'Hi! Warmly, the Acme team.' },
      ],
    });
    await writeFile(original, `${line}\n${line.replace('Hello?', 'Anyone?')}\n`);
    const { services } = await rescueApp({
      sampleKey: RETIRING_REFUSING_KEY,
      dialogs: { showOpenDialog: async () => original, showSaveDialog: async () => null },
    });
    await services.rescue.useSample();
    const refused = await services.rescue.saveRecipe(SUPPORT);
    expect(refused.recipe?.training).toEqual({ state: 'refused', fileId: 'file-RetiringSupportTrain01' });
    expect(refused.recipe?.validation.state).toBe('refused');
    expect(refused.recipe?.result.state).toBe('saved'); // result files stay downloadable
    expect(refused.recipe?.projectId).toBeNull();
    expect(refused.recipe?.epochs).toBe(3); // the settings are kept all the same
    const imported = await services.rescue.importOriginal(SUPPORT);
    expect(imported.recipe).toMatchObject({
      importedOriginal: 'my-original.jsonl',
      training: { state: 'saved', lines: 2 },
    });
    expect(await services.projects.examplesOf(imported.recipe!.projectId!)).toHaveLength(2);
  });

  it('shows count and cost before recording, caps it, and a 429 storm slows recording but loses nothing', async () => {
    const app = await rescueApp();
    const { services } = app;
    await services.rescue.useSample();
    await services.rescue.saveRecipe(SUPPORT);
    const plan = await services.rescue.planRecording(SUPPORT, ALL_SOURCES);
    // 6 held-out (validation) + 6 stored (one repeats nothing) + 1 pasted + 30 training.
    expect(plan.counts).toEqual({ 'held-out': 6, stored: 6, pasted: 1, training: 30 });
    expect(plan.toRecord).toBe(43);
    expect(plan.estimatedUsd).toBeGreaterThan(0);
    expect(plan.costFormula).toMatch(/in × \$0\.3\/1M/);
    const capped = await services.rescue.planRecording(SUPPORT, { ...ALL_SOURCES, maxPrompts: 20 });
    expect(capped.toRecord).toBe(20);
    expect(capped.estimatedUsd!).toBeLessThan(plan.estimatedUsd!);

    // Eight 429s with retry-after: 3 s in a row on the chat route.
    app.services.retiringPractice.faults.inject({
      route: 'POST /chat/completions',
      action: {
        kind: 'status',
        status: 429,
        headers: { 'retry-after': '3' },
        body: {
          error: {
            message: 'Rate limit reached',
            type: 'requests',
            param: null,
            code: 'rate_limit_exceeded',
          },
        },
      },
      times: 8,
    });
    await services.rescue.startRecording(SUPPORT, { ...ALL_SOURCES, maxPrompts: 20 });
    await services.rescue.settled(SUPPORT);
    const state = services.rescue.overview().rescues.find((r) => r.model === SUPPORT)!;
    expect(state.progress).toMatchObject({ status: 'finished', done: 20, total: 20, rateLimited: 8 });
    expect(state.progress.requests).toBe(28); // 20 answers + 8 refused attempts
    expect(app.waits.length).toBeGreaterThan(0);
    expect(app.waits.every((ms) => ms >= 3000)).toBe(true); // retry-after honoured
    expect(state.progress.lowestConcurrency).toBe(1); // halved from 4 down to one
    const lines = await answerLines(app.dir);
    expect(lines).toHaveLength(20);
    expect(new Set(lines.map((l) => l.promptId)).size).toBe(20);
    expect(lines.every((l) => l.mark === 'recorded-from-retiring-model')).toBe(true);
  });

  it('resumes after a crash mid-recording with nothing recorded twice', async () => {
    const app = await rescueApp();
    await app.services.rescue.useSample();
    await app.services.rescue.saveRecipe(SUPPORT);
    // First life: three answers arrive, then the process "dies" with requests in flight.
    let answered = 0;
    const real = (app.services.rescue as unknown as { client(s: string): RecorderPort }).client('sample');
    const stalling: RecorderPort = {
      record: (model, messages, options) =>
        answered++ < 3
          ? real.record(model, messages, options)
          : new Promise((_, reject) =>
              options.signal?.addEventListener('abort', () => reject(new Error('died'))),
            ),
    };
    app.services.rescue.recorderOverride = stalling;
    await app.services.rescue.startRecording(SUPPORT, { ...ALL_SOURCES, maxPrompts: 12 });
    await expect.poll(async () => (await answerLines(app.dir)).length).toBe(3);
    app.services.rescue.dispose(); // the crash: status stays "running" on disk
    await app.services.rescue.settled(SUPPORT);
    // Second life on the same folder: it carries on by itself and asks only what is missing.
    const second = await rescueApp({ dir: app.dir, clock: app.clock });
    await second.services.rescue.settled(SUPPORT);
    const state = second.services.rescue.overview().rescues.find((r) => r.model === SUPPORT)!;
    expect(state.progress).toMatchObject({ status: 'finished', done: 12, total: 12 });
    const lines = await answerLines(app.dir);
    expect(lines).toHaveLength(12);
    expect(new Set(lines.map((l) => l.promptId)).size).toBe(12);
    expect(second.services.retiringPractice.faults.count('POST /chat/completions')).toBe(9);
  });

  it('pauses and cancels without losing or repeating answers, and resumes where it stopped', async () => {
    const app = await rescueApp();
    await app.services.rescue.useSample();
    await app.services.rescue.saveRecipe(SUPPORT);
    const real = (app.services.rescue as unknown as { client(s: string): RecorderPort }).client('sample');
    let calls = 0;
    app.services.rescue.recorderOverride = {
      record: (model, messages, options) =>
        calls++ < 2
          ? real.record(model, messages, options)
          : new Promise((_, reject) =>
              options.signal?.addEventListener('abort', () => reject(new Error('paused'))),
            ),
    };
    await app.services.rescue.startRecording(SUPPORT, { ...ALL_SOURCES, maxPrompts: 10 });
    await expect.poll(async () => (await answerLines(app.dir)).length).toBe(2);
    const paused = await app.services.rescue.pauseRecording(SUPPORT);
    await app.services.rescue.settled(SUPPORT);
    expect(paused.progress.status).toBe('paused');
    expect(app.services.rescue.overview().rescues[0]?.progress).toMatchObject({ status: 'paused', done: 2 });
    app.services.rescue.recorderOverride = null;
    await app.services.rescue.resumeRecording(SUPPORT);
    await app.services.rescue.cancelRecording(SUPPORT);
    await app.services.rescue.settled(SUPPORT);
    expect(app.services.rescue.overview().rescues[0]?.progress.status).toBe('cancelled');
    await app.services.rescue.resumeRecording(SUPPORT);
    await app.services.rescue.settled(SUPPORT);
    expect(app.services.rescue.overview().rescues[0]?.progress).toMatchObject({
      status: 'finished',
      done: 10,
    });
    const lines = await answerLines(app.dir);
    expect(lines).toHaveLength(10);
    expect(new Set(lines.map((l) => l.promptId)).size).toBe(10);
  });

  it('after 2027-01-14 explains the model is gone and still shows what was saved', async () => {
    const app = await rescueApp();
    await app.services.rescue.useSample();
    await app.services.rescue.saveRecipe(SUPPORT);
    await app.services.rescue.startRecording(SUPPORT, { ...ALL_SOURCES, maxPrompts: 5 });
    await app.services.rescue.settled(SUPPORT);
    app.clock.set(Date.UTC(2027, 0, 14, 10));
    const inventory = await app.services.rescue.inventory();
    const gone = inventory.models.find((m) => m.id === SUPPORT)!;
    expect(gone).toMatchObject({ listed: false, daysUntilShutdown: 0 });
    const kept = app.services.rescue.overview().rescues.find((r) => r.model === SUPPORT)!;
    expect(kept.recorded).toBe(5);
    expect(kept.recipe?.training.state).toBe('saved');
    // Recording more is refused by OpenAI with model_not_found, which stops the run with that code.
    await app.services.rescue.startRecording(SUPPORT, { ...ALL_SOURCES, maxPrompts: 8 });
    await app.services.rescue.settled(SUPPORT);
    const stopped = app.services.rescue.overview().rescues.find((r) => r.model === SUPPORT)!;
    expect(stopped.progress).toMatchObject({ status: 'stopped', error: 'model_not_found', done: 5 });
  });
});

describe('rescue with the user’s OpenAI key', () => {
  it('looks at the account at start, so the card and reminders know the at-risk models', async () => {
    // "OpenAI" here is a practice service playing the retiring account; the user's key is its key.
    const openai = createPracticeService({
      accounts: RETIRING_ACCOUNTS,
      clock: createManualClock(Date.UTC(2026, 11, 5, 9)),
    });
    openai.restore(withRetiringAccount(openai.snapshot(), Date.UTC(2026, 11, 5, 9)));
    const endpoint = { baseURL: PRACTICE_BASE_URL, fetch: openai.fetch };
    const first = await rescueApp({ openaiEndpoint: endpoint });
    expect(first.services.rescue.overview().inventory).toBeNull(); // no key yet: nothing is asked
    await first.services.keys.set('openai', RETIRING_PRACTICE_KEY);
    const second = await rescueApp({ dir: first.dir, clock: first.clock, openaiEndpoint: endpoint });
    await expect.poll(() => second.services.rescue.overview().inventory?.models.length ?? 0).toBe(2);
    expect(second.services.rescue.overview().source).toBe('openai');
  });
});
