// Together AI end to end in Chromium with the real main-process services and the Together adapter over the
// in-process Together practice service (reached through the practice key, exactly as a real key would be):
// connect → train on a Together base → Together's own price before the confirmation → the job to its end →
// start a chat endpoint after confirming its hourly price → the running-cost meter on every page → chat →
// side by side → stop and delete. The practice clock is moved by the test (no sleeps); key screens are
// photographed in English and in 繁體中文; the trained adapter archive is saved to a folder on the way.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createManualClock } from '../../electron/main/services/practice';
import { TOGETHER_DURATIONS, TOGETHER_PRACTICE_KEY } from '../../electron/main/services/practice/together';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import { recordingNotifier } from '../../electron/main/services/training/Notifier';
import { DEFAULT_SEED } from '../../shared/domain/projects/split';
import { startHarness } from './harness';

const BASE = 'meta-llama/Llama-3.3-70B-Instruct';
const FAST: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms / 50),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

async function shot(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 820 };
  await page.setViewportSize({ width: 1280, height: 1900 });
  await page.screenshot({ path: `test-results/screenshots/together-${name}.png` });
  await page.setViewportSize(size);
}

async function inTraditionalChinese(page: Page, name: string, check: () => Promise<void>) {
  await page.getByTestId('language-select').selectOption('zh-TW');
  await check();
  await shot(page, `${name}-zh-TW`);
  await page.getByTestId('language-select').selectOption('en');
}

test.describe('together', () => {
  test.describe.configure({ timeout: 180_000 });

  test('connect, train, quote, endpoint with its hourly price, chat, side by side, stop', async ({
    page,
  }) => {
    const clock = createManualClock(Date.parse('2026-12-05T09:00:00Z'));
    const saveDir = await mkdtemp(path.join(tmpdir(), 'together-weights-'));
    const app = await startHarness(page, {
      locale: 'en-US',
      now: () => new Date(clock.now()),
      practiceClock: clock,
      togetherPracticeDurations: TOGETHER_DURATIONS.app,
      dialogs: {
        showOpenDialog: async () => null,
        showSaveDialog: async () => null,
        chooseFolder: async () => saveDir,
      },
      training: {
        notifier: recordingNotifier(),
        timers: FAST,
        now: () => clock.now(),
        // Waiting for Together to process the file moves the practice clock instead of sleeping.
        sleep: (ms) => {
          clock.advance(ms);
          return Promise.resolve();
        },
      },
    });
    const opened = await app.services.samples.open(app.services.projects, 'brand-voice', 'en');
    await app.services.projects.applySplit(opened.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });

    // Connect: the Together card says where a key comes from and what bills by the hour.
    await page.getByRole('button', { name: 'Connect an account' }).click();
    const card = page.getByTestId('provider-together');
    await expect(card.getByTestId('together-where-key')).toContainText('API keys page');
    await expect(card).toContainText('billed by the hour even when nobody chats');
    await card.getByLabel(/API key/).fill(TOGETHER_PRACTICE_KEY);
    await card.getByRole('button', { name: 'Save key' }).click();
    await expect(card.getByTestId('training-verdict')).toBeVisible();
    await card.getByRole('button', { name: 'Use this account for training' }).click();
    await shot(page, '1-connect');
    await inTraditionalChinese(page, '1-connect', () =>
      expect(card).toContainText('即使沒有人對話也按小時計費'),
    );

    // Train on a Together base; Together's own price comes before the confirmation.
    await page.locator('button[data-route="train"]').click();
    await page.getByTestId('train-new').click();
    await page.getByTestId('train-model').selectOption(BASE);
    await page.getByTestId('train-suffix').fill('cake');
    await page.getByRole('button', { name: 'Check my data and the cost' }).click();
    await expect(page.getByTestId('train-start')).toBeDisabled();
    await page.getByTestId('provider-quote-ask').click();
    await expect(page.getByTestId('provider-quote-price')).toContainText('Together’s price for this run');
    await expect(page.getByTestId('provider-quote-ours')).toContainText('tokens to train on');
    // Llama is counted with its own tokenizer (shipped with the app), so no "estimate" caveat is shown.
    await expect(page.getByTestId('provider-quote-estimate')).toHaveCount(0);
    await expect(page.getByTestId('train-start')).toBeEnabled();
    await shot(page, '2-quote');
    await inTraditionalChinese(page, '2-quote', () =>
      expect(page.getByTestId('provider-quote-price')).toContainText('Together 對這次訓練的報價'),
    );

    await page.getByTestId('train-start').click();
    await expect(page.getByTestId('train-job')).toBeVisible();
    const d = TOGETHER_DURATIONS.app;
    // The job exists (created after the upload), then the clock moves it to its end.
    await expect(page.getByTestId('train-status')).toContainText('Waiting in line', { timeout: 30_000 });
    clock.advance(2 * (d.pendingMs + d.queuedMs + d.runningMs + d.compressingMs + d.uploadingMs));
    await expect(page.getByTestId('train-success')).toContainText('Your model is ready', { timeout: 30_000 });
    // Together's steps come from its events (step / total_steps) and the loss from /metrics: both show.
    await expect(page.getByTestId('train-step')).toHaveText(/^step (\d+) of \1$/);
    await expect(page.getByTestId('train-reading')).toBeVisible();
    await shot(page, '3-trained');

    // Save the trained model: the archive's size first, then the file and its readme in the chosen folder.
    await expect(page.getByTestId('weights-size')).toBeVisible();
    await page.getByTestId('weights-save').click();
    await expect(page.getByTestId('weights-saved')).toContainText('Saved to');
    expect((await readdir(saveDir, { recursive: true })).some((f) => f.endsWith('-adapter.tar'))).toBe(true);
    await shot(page, '3-saved');

    // "Chat with it": the hourly price and hardware, an idle stop, and an explicit confirmation.
    const panel = page.getByTestId('endpoint-panel');
    await expect(panel.getByTestId('endpoint-hourly')).toContainText(
      '$5.49 an hour on 1× NVIDIA H200 141 GB',
    );
    await expect(panel.getByTestId('endpoint-hourly')).toContainText('even when nobody is chatting');
    await expect(panel.getByLabel('Stop it by itself after this long without a chat')).toHaveValue('15');
    await expect(panel.getByTestId('endpoint-start')).toBeDisabled();
    await inTraditionalChinese(page, '4-endpoint', () =>
      expect(panel.getByTestId('endpoint-hourly')).toContainText('每小時 US$5.49'),
    );
    await panel.getByTestId('endpoint-understood').check();
    await panel.getByTestId('endpoint-start').click();
    await expect(page.getByTestId('cost-meter-row')).toContainText('$5.49 an hour');
    clock.advance(d.provisionMs + 10_000);
    await expect(panel.getByTestId('endpoint-state')).toContainText('The endpoint is running', {
      timeout: 30_000,
    });
    await shot(page, '4-endpoint');

    // Chat through the endpoint on Try; the meter stays visible on every page.
    await page.getByRole('button', { name: 'Try your model' }).click();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'try');
    await expect(page.getByTestId('cost-meter')).toBeVisible();
    await page.getByRole('tab', { name: 'Chat' }).click();
    await page.getByLabel('Message').fill('Do you have cake today?');
    await page.getByRole('button', { name: 'Send' }).click();
    const reply = page.getByTestId('messages').locator('[data-role="assistant"]').last();
    await expect(reply).not.toBeEmpty({ timeout: 30_000 });
    await shot(page, '5-chat');

    await page.getByRole('tab', { name: 'Side by side' }).click();
    await page.getByLabel('One message for every set-up').fill('Do you have cake today?');
    await page.getByRole('button', { name: 'Send to all' }).click();
    await expect(page.getByTestId('column-a').getByTestId('reply')).toHaveAttribute('data-done', 'true', {
      timeout: 30_000,
    });
    await shot(page, '6-side-by-side');
    await inTraditionalChinese(page, '6-side-by-side', () =>
      expect(page.getByTestId('cost-meter-row')).toContainText('執行中'),
    );

    // One click stops and deletes it; the meter goes away and Together bills nothing more.
    await page.getByTestId('cost-meter-stop').click();
    await expect(page.getByTestId('cost-meter')).toHaveCount(0);
    const usage = app.services.togetherPractice.endpointUsage();
    expect(usage).toHaveLength(1);
    expect(usage[0]!.running).toBe(false);
    await shot(page, '7-stopped');
    expect(app.blockedRequests).toEqual([]);
  });
});
