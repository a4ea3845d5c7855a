// Nebius Token Factory in Chromium (English) with the real main-process services: a Nebius key (the
// built-in Nebius practice service's key, reached through the same adapter as a real one) is connected and
// checked (the live list of bases that train and serve per token), a Llama LoRA is trained, deployed to
// chat (billed per token), chatted with and compared side by side with its base, and its weights saved
// into a folder. Then a base that stops being deployable in the practice service's settings is refused
// before any job is made, with the reason and what to pick instead. The practice clock finishes jobs.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createManualClock, type ManualClock } from '../../electron/main/services/practice';
import { NEBIUS_DURATIONS, NEBIUS_PRACTICE_KEY } from '../../electron/main/services/practice/nebius';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import { DEFAULT_SEED } from '../../shared/domain/projects/split';
import { startHarness, type Harness } from './harness';

const LLAMA = 'meta-llama/Llama-3.1-8B-Instruct';
const WHOLE_JOB_MS = NEBIUS_DURATIONS.app.datasetMs + NEBIUS_DURATIONS.app.runningMs + 1_000;
const FAST: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms / 50),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

async function shot(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 820 };
  await page.setViewportSize({ width: 1280, height: 1900 });
  await page.screenshot({ path: `test-results/screenshots/nebius-${name}.png` });
  await page.setViewportSize(size);
}

async function openApp(page: Page, saveDir: string): Promise<{ app: Harness; clock: ManualClock }> {
  const clock = createManualClock();
  const app = await startHarness(page, {
    locale: 'en-US',
    practiceClock: clock,
    training: { timers: FAST, now: () => clock.now() },
    dialogs: {
      showOpenDialog: async () => null,
      showSaveDialog: async () => null,
      chooseFolder: async () => saveDir,
    },
  });
  const opened = await app.services.samples.open(app.services.projects, 'brand-voice', 'en');
  await app.services.projects.applySplit(opened.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });
  return { app, clock };
}

/** Connect → check → use: the Nebius card in Settings, with the practice Nebius key. */
async function connectNebius(page: Page) {
  await page.getByTestId('first-run-prompt').getByRole('button', { name: 'Connect an account' }).click();
  const card = page.getByTestId('provider-nebius');
  await expect(card.getByTestId('nebius-where-key')).toContainText('Token Factory console');
  await card.getByLabel('API key for Nebius Token Factory').fill(NEBIUS_PRACTICE_KEY);
  await card.getByRole('button', { name: 'Save key' }).click();
  await expect(card.getByTestId('serving-bases-source')).toContainText('Read from Nebius just now');
  await expect(card.getByTestId(`serving-base-${LLAMA}`)).toContainText('Yes');
  await expect(card.getByTestId('serving-base-Qwen/Qwen3-4B')).toContainText('No: pick another base');
  return card;
}

async function startRun(page: Page, suffix: string) {
  await page.locator('button[data-route="train"]').click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'train');
  await page.getByTestId('train-new').click();
  await expect(page.getByTestId('train-source').locator('option')).not.toHaveCount(0);
  await page.getByTestId('train-model').selectOption(LLAMA);
  await page.getByTestId('train-suffix').fill(suffix);
  await page.getByRole('button', { name: 'Check my data and the cost' }).click();
  await expect(page.getByTestId('train-cost')).toBeVisible();
  await page.getByTestId('train-start').click();
  await expect(page.getByTestId('train-job')).toBeVisible();
}

test.describe('nebius', () => {
  test.describe.configure({ timeout: 180_000 });

  test('connect → train a Llama LoRA → deploy to chat → chat → side by side → save the weights', async ({
    page,
  }) => {
    const saveDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-weights-'));
    const { app, clock } = await openApp(page, saveDir);
    const card = await connectNebius(page);
    await shot(page, '1-connected');
    await card.getByRole('button', { name: 'Use this account for training' }).click();
    await expect(card).toContainText('Used for training');

    await startRun(page, 'kettle');
    await shot(page, '2-training');
    clock.advance(WHOLE_JOB_MS);
    const success = page.getByTestId('train-success');
    await expect(success).toContainText('Your model is ready: ftjob-');
    await expect(page.getByTestId('train-chart')).toBeVisible();
    // LoRA was sent although Nebius trains the full model by default.
    const jobs = (await app.services.providers.get('nebius').listJobs({ limit: 10 })).data;
    expect(jobs).toHaveLength(1);

    await expect(page.getByTestId('deploy-button')).toContainText('Deploy to chat (billed per token');
    await page.getByTestId('deploy-button').click();
    await expect(page.getByTestId('deploy-state')).toContainText('Deploying');
    clock.advance(NEBIUS_DURATIONS.app.deployMs);
    await expect(page.getByTestId('deploy-state')).toContainText('ready to chat on the Try page');
    await expect(page.getByTestId('weights-size')).toContainText('2 files');
    await shot(page, '3-deployed');

    await page.getByTestId('weights-save').click();
    await expect(page.getByTestId('weights-saved')).toContainText('Saved to');
    const folder = path.join(saveDir, (await fs.readdir(saveDir))[0]!);
    expect((await fs.readdir(folder)).sort()).toEqual([
      'README.txt',
      'adapter_config.json',
      'adapter_model.safetensors',
    ]);
    expect(await fs.readFile(path.join(folder, 'README.txt'), 'utf8')).toContain(LLAMA);
    await shot(page, '4-weights-saved');

    await success.getByRole('button', { name: 'Try it' }).click();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'try');
    await page.getByRole('tab', { name: 'Chat' }).click();
    await page.getByLabel('Message').fill('Do you have green tea?');
    await page.getByRole('button', { name: 'Send' }).click();
    const reply = page.getByTestId('messages').locator('[data-role="assistant"]').last();
    await expect(reply).not.toBeEmpty();
    await shot(page, '5-chat');

    await page.getByRole('tab', { name: 'Side by side' }).click();
    await page.getByLabel('One message for every set-up').fill('Can I return a tea I already opened?');
    await page.getByRole('button', { name: 'Send to all' }).click();
    for (const id of ['a', 'b'])
      await expect(page.getByTestId(`column-${id}`).getByTestId('reply')).toHaveAttribute(
        'data-done',
        'true',
      );
    await shot(page, '6-side-by-side');
    // One model deployed for the one click, and nothing reached the network.
    expect((await app.services.providers.get('nebius').deployments!.list()).length).toBe(1);
    expect(app.blockedRequests).toEqual([]);
  });

  test('a base that stopped being deployable is refused before any job, saying what to pick', async ({
    page,
  }) => {
    const saveDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-weights-'));
    const { app } = await openApp(page, saveDir);
    const card = await connectNebius(page);
    await card.getByRole('button', { name: 'Use this account for training' }).click();
    await expect(card).toContainText('Used for training');
    // Nebius stops serving LoRA on Llama 3.1 8B (a setting of the practice service).
    const settings = app.services.nebiusPractice.settings;
    settings.catalog = settings.catalog.map((b) =>
      b.fineTuneId === LLAMA ? { ...b, loraServing: false } : b,
    );

    await startRun(page, 'refused');
    const job = page.getByTestId('train-job');
    await expect(job).toContainText(`Nebius cannot serve a model trained on ${LLAMA} per token right now`);
    await expect(job).toContainText('Qwen/Qwen3-30B-A3B-Instruct-2507');
    await shot(page, '7-refused');
    expect((await app.services.providers.get('nebius').listJobs({ limit: 10 })).data).toHaveLength(0);
  });
});
