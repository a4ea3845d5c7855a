import { expect, test } from '@playwright/test';
import { readAllFiles, startHarness } from './harness';

const CANARY = 'sk-canary-E2E-5f1c0b7a9d3e42c68b0f';

test.describe('the shell', () => {
  test('first start: Learn page, practice badge, five places, no network', async ({ page }) => {
    const app = await startHarness(page, { locale: 'en-US' });
    await expect(page.getByTestId('practice-badge')).toBeVisible();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'learn');
    const rail = page.getByRole('navigation', { name: 'Your journey' });
    await expect(rail.locator('li').getByRole('button')).toHaveText([
      /Learn/,
      /Examples/,
      /Train/,
      /Try/,
      'Settings',
    ]);
    await expect(rail.getByRole('button', { name: /Learn/ })).toHaveAttribute('aria-current', 'page');
    expect(app.blockedRequests).toEqual([]);
  });

  test('opens in the OS language', async ({ page }) => {
    await startHarness(page, { locale: 'zh-TW' });
    await expect(
      page.getByRole('navigation', { name: '你的旅程' }).getByRole('button').first(),
    ).toContainText('學習');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  });

  test('switches language from the rail, remembers it, and screenshots all three', async ({
    page,
  }, testInfo) => {
    const app = await startHarness(page, { locale: 'en-US' });
    const select = page.getByTestId('language-select');
    const expected: Record<string, string[]> = {
      en: ['Learn', 'Examples', 'Train', 'Try', 'Settings'],
      'zh-TW': ['學習', '範例', '訓練', '試用', '設定'],
      'zh-CN': ['学习', '示例', '训练', '试用', '设置'],
    };
    for (const [language, labels] of Object.entries(expected)) {
      await select.selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const buttons = page.locator('nav.rail button.rail-item');
      for (const [i, label] of labels.entries()) await expect(buttons.nth(i)).toContainText(label);
      expect(app.services.settings.get().language).toBe(language);
      await page.screenshot({ path: testInfo.outputPath(`shell-${language}.png`), fullPage: true });
      await page.screenshot({ path: `test-results/screenshots/shell-${language}.png`, fullPage: true });
    }
  });

  test('the rail is walked by keyboard, with visible focus', async ({ page }) => {
    await startHarness(page, { locale: 'en-US' });
    await page.locator('body').press('Tab'); // skip link first
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    for (const route of ['learn', 'examples', 'train', 'try', 'settings']) {
      await page.keyboard.press('Tab');
      const focused = page.locator(`button[data-route="${route}"]`);
      await expect(focused).toBeFocused();
      const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toHaveAttribute('data-page', route);
    }
  });

  test('a canary key saved through the UI never reaches the renderer, storage or disk in plain text', async ({
    page,
  }) => {
    const app = await startHarness(page, { locale: 'en-US' });
    await page.getByRole('button', { name: 'Settings' }).click();
    const form = page.getByTestId('key-form-openai');
    await form.getByLabel('API key for OpenAI').fill(CANARY);
    await form.getByRole('button', { name: 'Save key' }).click();
    await expect(page.getByTestId('key-status-openai')).toContainText(`Key ending in ${CANARY.slice(-4)}`);
    await expect(page.getByTestId('key-status-openai')).toContainText("Protected by your system's keychain");
    await expect(form.getByLabel('API key for OpenAI')).toHaveValue('');
    expect(app.services.keys.get('openai')).toBe(CANARY);
    // A saved key alone does not move work off practice; putting the account in use does, and the badge
    // follows main's providers.changed event.
    await expect(page.getByTestId('practice-badge')).toBeVisible();
    await app.services.providers.use('openai');
    await app.emit('providers.changed', { providers: app.services.providers.summaries() });
    await expect(page.getByTestId('practice-badge')).toHaveCount(0);

    const secretPart = CANARY.slice(0, -4);
    // Not in any IPC answer or event the renderer received.
    expect(app.ipcLog.length).toBeGreaterThan(0);
    expect(app.ipcLog.join('\n')).not.toContain(secretPart);
    // Not in the DOM, nor in any browser storage.
    expect(await page.content()).not.toContain(secretPart);
    const stored = await page.evaluate(async () => {
      const dbs = (await indexedDB.databases?.()) ?? [];
      return JSON.stringify({
        local: { ...localStorage },
        session: { ...sessionStorage },
        dbs,
        cookie: document.cookie,
      });
    });
    expect(stored).not.toContain(secretPart);
    // Not on disk in plain text, not in the logs.
    expect(await readAllFiles(app.userDataDir)).not.toContain(secretPart);
    expect(app.logLines.join('\n')).not.toContain(secretPart);
  });

  test('without a keychain the key is kept for this session only, and the user is told', async ({ page }) => {
    const app = await startHarness(page, { locale: 'en-US', encryptionAvailable: false });
    await expect(page.getByRole('status').filter({ hasText: 'Keys cannot be protected' })).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    const form = page.getByTestId('key-form-openai');
    await form.getByLabel('API key for OpenAI').fill(CANARY);
    await form.getByRole('button', { name: 'Save key' }).click();
    await expect(page.getByTestId('key-status-openai')).toContainText('Kept only until you quit Tunesmith');
    expect(await readAllFiles(app.userDataDir)).not.toContain(CANARY.slice(0, -4));
  });
});
