// End to end in Chromium with the real main-process services: the first-run prompt, connecting the
// practice account, and the one-screen answer (can it train, models with prices, limits, shutdown dates and
// countdowns, the account's own fine-tuned models), a price override flowing into that screen, and the
// offline banner appearing and clearing by itself. The app's clock is fixed at 2026-11-26.
import { expect, test } from '@playwright/test';
import {
  createManualClock,
  createPracticeService,
  PRACTICE_BASE_URL,
} from '../../electron/main/services/practice';
import { startHarness } from './harness';

const TODAY = new Date('2026-11-26T09:00:00Z');
const TUNED = 'ft:gpt-4o-mini-2024-07-18:personal:tea-shop:e2e12345';

test.describe('accounts', () => {
  test('first run → connect the practice account → models, prices and countdowns', async ({
    page,
  }, testInfo) => {
    const app = await startHarness(page, { locale: 'en-US', now: () => TODAY });
    // A fine-tuned practice model, as a finished job would leave it.
    const state = app.services.practice.snapshot();
    state.models.push({
      id: TUNED,
      created: 1_764_000_000,
      ownedBy: 'user-practice',
      base: 'gpt-4o-mini-2024-07-18',
      jobId: 'ftjob-e2e',
      examples: [],
    });
    app.services.practice.restore(state);

    const prompt = page.getByTestId('first-run-prompt');
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Connect an account' }).click();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'settings');
    await expect(prompt).toHaveCount(0);

    const practice = page.getByTestId('provider-practice');
    await expect(practice).toContainText('Used for training');
    await practice.getByRole('button', { name: 'Check this account' }).click();
    await expect(practice.getByTestId('training-verdict')).toContainText('Can this account train? Yes.');

    const rows = practice.getByTestId('base-models').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    const mini = practice.locator('tr[data-model="gpt-4o-mini-2024-07-18"]');
    await expect(mini).toContainText('$3.00'); // training per 1M tokens
    await expect(mini).toContainText('$0.30 / $1.20');
    await expect(mini).toContainText('65,536 tokens');
    await expect(mini).toContainText('January 14, 2027');
    await expect(mini).toContainText('(49 days left)');

    const tuned = practice.getByTestId('fine-tuned-models');
    await expect(tuned).toContainText(TUNED);
    await expect(tuned).toContainText('(49 days left)');

    // OpenAI and the providers still to come are on the same screen.
    await expect(page.getByTestId('provider-openai')).toContainText('OpenAI is closing fine-tuning');
    await expect(page.getByTestId('provider-alibaba')).toContainText(
      'Make a key in the Model Studio console',
    );
    await expect(page.getByTestId('provider-nebius')).toContainText('serves it per token');
    await expect(page.getByTestId('provider-together')).toContainText('billed by the hour');
    await page.screenshot({ path: testInfo.outputPath('accounts-practice-en.png'), fullPage: true });

    // The first-run choice is remembered.
    expect(app.services.providers.firstRunPromptDone()).toBe(true);
  });

  test('paste an OpenAI key: checked at once, honest verdict, wind-down dates, then used for training', async ({
    page,
  }) => {
    // "OpenAI" is a second practice service that accepts only this key (the test machine has no network).
    const KEY = 'sk-e2e-openai-key-7d1f0c';
    const openai = createPracticeService({ clock: createManualClock(TODAY.getTime()), accounts: [KEY] });
    await startHarness(page, {
      locale: 'en-US',
      now: () => TODAY,
      openaiEndpoint: { baseURL: PRACTICE_BASE_URL, fetch: openai.fetch },
    });
    await page.getByTestId('first-run-prompt').getByRole('button', { name: 'Connect an account' }).click();
    const card = page.getByTestId('provider-openai');
    await card.getByLabel('API key for OpenAI').fill(KEY);
    await card.getByRole('button', { name: 'Save key' }).click();

    // Saving the key checks the account straight away.
    await expect(card.getByTestId('training-verdict')).toContainText('Can this account train? Unlikely.');
    await expect(card.getByTestId('training-verdict')).toContainText(
      'only know for sure when you start a job',
    );
    const windDown = card.getByTestId('wind-down');
    await expect(windDown).toContainText(
      'Since May 7, 2026, accounts that never trained a model cannot start one.',
    );
    await expect(windDown).toContainText(
      'From January 6, 2027 no one can start a new training job: 41 days from today.',
    );
    await expect(windDown).toContainText('every model trained from them stop working: 49 days from today.');
    await expect(card.getByTestId('base-models').locator('tbody tr')).toHaveCount(4);
    expect(openai.faults.count('GET /fine_tuning/jobs')).toBe(1);

    await card.getByRole('button', { name: 'Use this account for training' }).click();
    await expect(card).toContainText('Used for training');
    await expect(page.getByTestId('provider-practice')).not.toContainText('Used for training');
  });

  test('main finds the network gone: the banner appears, and clears by itself when OpenAI answers again', async ({
    page,
  }) => {
    const KEY = 'sk-e2e-offline-key-42aa';
    const openai = createPracticeService({ clock: createManualClock(TODAY.getTime()), accounts: [KEY] });
    let networkUp = false;
    await startHarness(page, {
      locale: 'en-US',
      now: () => TODAY,
      openaiEndpoint: {
        baseURL: PRACTICE_BASE_URL,
        fetch: (input, init) =>
          networkUp ? openai.fetch(input, init) : Promise.reject(new TypeError('fetch failed')),
      },
    });
    await page.getByRole('button', { name: 'Settings' }).click();
    const card = page.getByTestId('provider-openai');
    await card.getByLabel('API key for OpenAI').fill(KEY);
    await card.getByRole('button', { name: 'Save key' }).click();
    await expect(card.getByRole('alert')).toContainText('You are offline.');
    await expect(page.getByTestId('offline-banner')).toBeVisible();

    networkUp = true; // main probes the host that failed every 10 s; nobody clicks anything
    await expect(page.getByTestId('offline-banner')).toHaveCount(0, { timeout: 25_000 });
    await card.getByRole('button', { name: 'Check this account' }).click();
    await expect(card.getByTestId('training-verdict')).toContainText('Unlikely');
    await expect(card.getByRole('alert')).toHaveCount(0);
  });

  test('a corrected price is used on the account screen', async ({ page }) => {
    const app = await startHarness(page, { locale: 'en-US', now: () => TODAY });
    await page
      .getByTestId('first-run-prompt')
      .getByRole('button', { name: 'Start in practice mode' })
      .click();
    await page.getByRole('button', { name: 'Settings' }).click();

    const row = page.getByTestId('price-openai-gpt-4o-mini-2024-07-18');
    await row.getByLabel('Training').fill('4.5');
    await row.getByRole('button', { name: 'Save prices' }).click();
    await expect(row).toContainText('your price');
    expect(app.services.prices.priceOf('openai', 'gpt-4o-mini-2024-07-18')?.trainingPer1M).toBe(4.5);

    const practice = page.getByTestId('provider-practice');
    await practice.getByRole('button', { name: 'Check this account' }).click();
    const mini = practice.locator('tr[data-model="gpt-4o-mini-2024-07-18"]');
    await expect(mini).toContainText('$4.50');
    await expect(mini).toContainText('your price');

    await row.getByRole('button', { name: 'Back to the shipped prices' }).click();
    await expect(row).not.toContainText('your price');
    expect(app.services.prices.priceOf('openai', 'gpt-4o-mini-2024-07-18')?.trainingPer1M).toBe(3);
  });

  test('without a key the check waits for one; the banner follows the network events from main', async ({
    page,
  }) => {
    const app = await startHarness(page, { locale: 'en-US', now: () => TODAY });
    await page.getByRole('button', { name: 'Settings' }).click();
    const openai = page.getByTestId('provider-openai');
    // Without a key there is nothing to check yet: the button waits for one.
    await expect(openai.getByRole('button', { name: 'Check this account' })).toBeDisabled();

    await app.emit('network.changed', { online: false });
    await expect(page.getByTestId('offline-banner')).toContainText('You are offline');
    await app.emit('network.changed', { online: true });
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  });

  test('the account screen in Traditional and Simplified Chinese', async ({ page }, testInfo) => {
    await startHarness(page, { locale: 'zh-TW', now: () => TODAY });
    await page.getByTestId('first-run-prompt').getByRole('button', { name: '連結帳號' }).click();
    const practice = page.getByTestId('provider-practice');
    await practice.getByRole('button', { name: '檢查這個帳號' }).click();
    await expect(practice.getByTestId('training-verdict')).toContainText('可以');
    await expect(practice.locator('tr[data-model="gpt-4.1-2025-04-14"]')).toContainText('還剩 49 天');
    await page.screenshot({ path: testInfo.outputPath('accounts-practice-zh-TW.png'), fullPage: true });

    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect(practice.locator('tr[data-model="gpt-4.1-2025-04-14"]')).toContainText('还剩 49 天');
    await page.screenshot({ path: testInfo.outputPath('accounts-practice-zh-CN.png'), fullPage: true });
  });
  test('a provider error is one plain sentence with a request id that can be copied', async ({ page }) => {
    const app = await startHarness(page, { locale: 'en-US', now: () => TODAY });
    app.services.practice.faults.inject({ route: 'GET /models', action: { kind: 'status', status: 401 } });
    await page.getByRole('button', { name: 'Settings' }).click();
    const practice = page.getByTestId('provider-practice');
    await practice.getByRole('button', { name: 'Check this account' }).click();
    const alert = practice.getByRole('alert');
    await expect(alert).toContainText('Your key was rejected.');
    const requestId = alert.getByTestId('request-id');
    await expect(requestId).toHaveValue(/^req_/);
    await alert.getByRole('button', { name: 'Copy' }).click();
    await expect(alert.getByRole('status')).toHaveText(/Copied\.|Selected: press Ctrl\+C/);
    // The id is selected, ready for Ctrl+C, whatever the copy command did.
    const selected = await requestId.evaluate((el: HTMLInputElement) =>
      el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
    );
    expect(selected).toMatch(/^req_/);
  });
});
