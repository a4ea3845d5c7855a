// The connect screen's facts: can this account train (a graded, honest verdict), which base models at what
// price until when, and how many days each fine-tuned model has left, all on an injected clock
// (today = 2026-11-26). OpenAI is played by the practice service over HTTP; practice runs in-process.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/main/services/app/Logger';
import { createManualClock, createPracticeService } from '../../../electron/main/services/practice';
import { openProviderSettings, PriceBook, ProvidersService } from '../../../electron/main/services/providers';
import { openAiAvailability } from '../../../shared/domain/providers/account';
import { daysUntil, openAiWindDown } from '../../../shared/domain/providers/windDown';
import type { EventMap } from '../../../shared/ipc/events';
import { PRACTICE_KEY, startProviderHarness, trainingBytes, type ProviderHarness } from './helpers';

const TODAY = new Date('2026-11-26T09:00:00Z');
const DAY = 86_400_000;

describe('wind-down arithmetic', () => {
  it('counts whole calendar days in UTC', () => {
    expect(daysUntil('2027-01-14', TODAY)).toBe(49);
    expect(daysUntil('2027-01-06', TODAY)).toBe(41);
    expect(daysUntil('2026-11-26', TODAY)).toBe(0);
    expect(daysUntil('2026-10-23', TODAY)).toBe(-34);
    expect(openAiWindDown(TODAY)).toMatchObject({
      noNewJobsFrom: '2027-01-06',
      daysUntilNoNewJobs: 41,
      daysUntilModelsShutDown: 49,
    });
  });
});

describe('can this OpenAI account still train?', () => {
  it.each([
    ['listing jobs is refused', 'forbidden', TODAY, 'no', 'no_access'],
    ['no job was ever visible', [], TODAY, 'unlikely', 'never_trained'],
    ['a job 10 days ago', [{ createdAt: TODAY.getTime() - 10 * DAY }], TODAY, 'likely', 'recent_job'],
    [
      'only a job 90 days ago',
      [{ createdAt: TODAY.getTime() - 90 * DAY }],
      TODAY,
      'unknown',
      'activity_unknown',
    ],
    [
      'any account from 2027-01-06',
      [{ createdAt: TODAY.getTime() }],
      new Date('2027-01-06T00:00:00Z'),
      'no',
      'wind_down_ended',
    ],
  ] as const)('%s → %s', (_name, jobs, now, verdict, reason) => {
    expect(openAiAvailability(now, jobs as never)).toMatchObject({ verdict, reason });
  });
});

function eventsLog() {
  const events: { event: string; payload: unknown }[] = [];
  return {
    events,
    emit: <E extends keyof EventMap>(event: E, payload: EventMap[E]) => void events.push({ event, payload }),
  };
}

async function servicesFor(h: ProviderHarness | null, now: Date, keys: Record<string, string> = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-providers-'));
  const prices = await PriceBook.open(dir);
  const clock = createManualClock(now.getTime());
  const practice = createPracticeService({ clock });
  const log = eventsLog();
  const providers = new ProvidersService({
    keys: { get: (p) => keys[p] ?? null },
    practice,
    prices,
    settings: await openProviderSettings(dir),
    now: () => now,
    emit: log.emit,
    logger: createLogger(
      () => {},
      () => [],
    ),
    ...(h ? { openai: { baseURL: h.server.url } } : {}),
  });
  return { dir, prices, practice, clock, providers, log };
}

describe('the practice account', () => {
  it('can train, lists the four fine-tunable models with prices, limits and days left', async () => {
    const { providers } = await servicesFor(null, TODAY);
    const report = await providers.testAccount('practice');
    expect(report.availability).toMatchObject({ verdict: 'yes', reason: 'practice' });
    expect(report.windDown).toBeNull();
    expect(report.baseModels.map((m) => m.price.model).sort()).toEqual([
      'gpt-4.1-2025-04-14',
      'gpt-4.1-mini-2025-04-14',
      'gpt-4o-2024-08-06',
      'gpt-4o-mini-2024-07-18',
    ]);
    const mini = report.baseModels.find((m) => m.price.model === 'gpt-4o-mini-2024-07-18')!;
    expect(mini).toMatchObject({ daysLeft: 49, overridden: false });
    expect(mini.price).toMatchObject({
      trainingPer1M: 3,
      maxTokensPerExample: 65_536,
      shutdownDate: '2027-01-14',
    });
  });

  it('lists a model it trained with a countdown that follows its base model', async () => {
    const { providers, clock } = await servicesFor(null, TODAY);
    const p = providers.get('practice');
    const file = await p.uploadTrainingFile('train.jsonl', trainingBytes());
    await p.createJob({
      clientRef: 'first',
      baseModel: 'gpt-4.1-mini-2025-04-14',
      trainingFileId: file.id,
      suffix: 'tea',
    });
    expect((await providers.testAccount('practice')).fineTunedModels).toEqual([]);
    clock.advance(60 * 60_000); // the practice job finishes on its own clock
    const report = await providers.testAccount('practice');
    expect(report.fineTunedModels).toHaveLength(1);
    expect(report.fineTunedModels[0]).toMatchObject({
      baseModel: 'gpt-4.1-mini-2025-04-14',
      shutdownDate: '2027-01-14',
      daysLeft: 49,
    });
  });

  it('applies a price override everywhere a price is shown, and keeps it across a restart', async () => {
    const { providers, prices, dir } = await servicesFor(null, TODAY);
    await prices.setOverride('practice', 'gpt-4o-mini-2024-07-18', { trainingPer1M: 4.5 });
    const report = await providers.testAccount('practice');
    const mini = report.baseModels.find((m) => m.price.model === 'gpt-4o-mini-2024-07-18')!;
    expect(mini).toMatchObject({ overridden: true, price: { trainingPer1M: 4.5, inputPer1M: 0.3 } });
    expect(
      prices.trainingCost('practice', 'ft:gpt-4o-mini-2024-07-18:personal:x:abc', 1_000_000, 2),
    ).toMatchObject({ usd: 9, overridden: true });
    const reopened = await PriceBook.open(dir);
    expect(reopened.priceOf('practice', 'gpt-4o-mini-2024-07-18')?.trainingPer1M).toBe(4.5);
    await reopened.setOverride('practice', 'gpt-4o-mini-2024-07-18', null);
    expect(reopened.priceOf('practice', 'gpt-4o-mini-2024-07-18')?.trainingPer1M).toBe(3);
  });

  it('shows a corrected OpenAI price in practice too, since practice mirrors OpenAI', async () => {
    const { prices } = await servicesFor(null, TODAY);
    await prices.setOverride('openai', 'gpt-4.1-2025-04-14', { outputPer1M: 10 });
    expect(prices.priceOf('practice', 'gpt-4.1-2025-04-14')).toMatchObject({
      outputPer1M: 10,
      inputPer1M: 3,
    });
    expect(prices.isOverridden('practice', 'gpt-4.1-2025-04-14')).toBe(true);
    await prices.setOverride('practice', 'gpt-4.1-2025-04-14', { outputPer1M: 11 });
    expect(prices.priceOf('practice', 'gpt-4.1-2025-04-14')?.outputPer1M).toBe(11);
    expect(prices.priceOf('openai', 'gpt-4.1-2025-04-14')?.outputPer1M).toBe(10);
  });
});

describe('an OpenAI account (played by the practice service over HTTP)', () => {
  let h: ProviderHarness;
  beforeEach(async () => {
    h = await startProviderHarness({ clock: createManualClock(TODAY.getTime() - 100 * DAY) });
  });
  afterEach(() => h.close());

  it('says so when no key is saved yet', async () => {
    const { providers } = await servicesFor(h, TODAY);
    await expect(providers.testAccount('openai')).rejects.toMatchObject({
      ipcError: { code: 'key_missing' },
    });
  });

  it('never trained: "unlikely", with the wind-down dates', async () => {
    const { providers } = await servicesFor(h, TODAY, { openai: PRACTICE_KEY });
    const report = await providers.testAccount('openai');
    expect(report.availability).toMatchObject({ verdict: 'unlikely', reason: 'never_trained' });
    expect(report.windDown).toMatchObject({
      daysUntilNoNewJobs: 41,
      modelsShutDown: '2027-01-14',
      closedToNewAccounts: '2026-05-07',
      closedToInactiveAccounts: '2026-07-02',
    });
    expect(report.baseModels).toHaveLength(4);
  });

  it('trained 100 days ago: the answer is "unknown until you start a job"; its model counts down to 2027-01-14', async () => {
    const p = h.provider();
    const file = await p.uploadTrainingFile('train.jsonl', trainingBytes());
    await p.createJob({
      clientRef: 'old',
      baseModel: 'gpt-4o-mini-2024-07-18',
      trainingFileId: file.id,
      suffix: 'tea',
    });
    h.clock.advance(60 * 60_000); // the job finishes on the service clock
    const { providers } = await servicesFor(h, TODAY, { openai: PRACTICE_KEY });
    const report = await providers.testAccount('openai');
    expect(report.availability).toMatchObject({ verdict: 'unknown', reason: 'activity_unknown' });
    expect(report.fineTunedModels).toHaveLength(1);
    expect(report.fineTunedModels[0]).toMatchObject({
      baseModel: 'gpt-4o-mini-2024-07-18',
      shutdownDate: '2027-01-14',
      daysLeft: 49,
    });
    expect(report.fineTunedModels[0]!.id).toMatch(/^ft:gpt-4o-mini-2024-07-18:personal:tea:/);
  });

  it('refused job listing: "no", with the reason', async () => {
    h.service.faults.inject({ route: 'GET /fine_tuning/jobs', action: { kind: 'status', status: 403 } });
    const { providers } = await servicesFor(h, TODAY, { openai: PRACTICE_KEY });
    expect((await providers.testAccount('openai')).availability).toMatchObject({
      verdict: 'no',
      reason: 'no_access',
    });
  });

  it('a wrong key is reported as such', async () => {
    const { providers } = await servicesFor(h, TODAY, { openai: 'sk-not-a-real-key-0000' });
    await expect(providers.testAccount('openai')).rejects.toMatchObject({
      ipcError: { code: 'key_rejected' },
    });
  });

  it('uses a connected provider for new work, and falls back to practice without a key', async () => {
    const withKey = await servicesFor(h, TODAY, { openai: PRACTICE_KEY });
    expect(withKey.providers.activeId()).toBe('practice');
    await withKey.providers.use('openai');
    expect(withKey.providers.activeId()).toBe('openai');
    const withoutKey = await servicesFor(h, TODAY);
    await expect(withoutKey.providers.use('openai')).rejects.toMatchObject({
      ipcError: { code: 'key_missing' },
    });
    // Together is built (issue 15): without its key it is key_missing like any other.
    await expect(withoutKey.providers.use('together')).rejects.toMatchObject({
      ipcError: { code: 'key_missing' },
    });
  });
});
