// Rescue end to end in Chromium against the practice retiring account (issue 13): the real renderer, the
// real main-process services (AppServices on a temp folder) and the OpenAI SDK over the in-process practice
// services. One manual clock is both the app clock (countdowns) and the practice clock (jobs, delays), so
// the test moves time instead of sleeping. The app is restarted in the middle of recording (the first
// life is aborted like a crash) and the second life carries on, in 繁體中文, with nothing recorded twice.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createManualClock } from '../../electron/main/services/practice';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import type { DialogPort } from '../../electron/main/services/projects/DialogPort';
import { startHarness } from './harness';

const SUPPORT = 'ft:gpt-4o-mini-2024-07-18:acmehelpdesk:support:R3sCu3Ab';
const TW = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../renderer/i18n/locales/zh-TW.json'), 'utf8'),
) as { rescue: Record<string, Record<string, string>> };
const FAST: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms / 50),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

async function shot(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 820 };
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.screenshot({ path: `test-results/screenshots/rescue-${name}.png` });
  await page.setViewportSize(size);
}

async function answerLines(dir: string) {
  const folder = path.join(dir, 'tunesmith', 'rescue');
  const lines: { promptId: string }[] = [];
  for (const f of (await readdir(folder)).filter((n) => n.endsWith('.answers.jsonl')))
    for (const l of (await readFile(path.join(folder, f), 'utf8')).split('\n'))
      if (l) lines.push(JSON.parse(l));
  return lines;
}

test.describe('rescue', () => {
  test.describe.configure({ timeout: 180_000 });

  test('walks the practice retiring account from inventory to export, across a restart', async ({
    browser,
  }) => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-e2e-rescue-'));
    const exportDir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-e2e-rescue-out-'));
    const saved: string[] = [];
    const dialogs: DialogPort = {
      showOpenDialog: async () => null,
      showSaveDialog: async (_purpose, name) => {
        const file = path.join(exportDir, name);
        saved.push(file);
        return file;
      },
    };
    const clock = createManualClock(Date.UTC(2026, 11, 5, 9));
    const options = {
      userDataDir,
      now: () => new Date(clock.now()),
      practiceClock: clock,
      practiceDurations: { validatingMs: 1_000, queuedMs: 1_000, runningMs: 4_000 },
      training: { timers: FAST, now: () => clock.now() },
      dialogs,
    };

    // ---- First life, in English ------------------------------------------------------------------
    const page = await browser.newPage();
    const first = await startHarness(page, { ...options, locale: 'en-US' });
    await page.getByRole('button', { name: 'Start in practice mode' }).click();
    // The first screen offers the sample retiring account in practice mode.
    const card = page.getByTestId('rescue-card');
    await expect(card).toContainText('Rescue your OpenAI fine-tuned models');
    await card.getByRole('button', { name: 'Try the sample retiring account' }).click();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'rescue');
    await expect(page.getByTestId('rescue-model')).toHaveCount(2);
    const support = page.getByTestId('rescue-model').filter({ hasText: SUPPORT });
    await expect(support).toContainText('New training at OpenAI closes in 32 day(s), on 2027-01-06.');
    await expect(support).toContainText('This model stops answering in 40 day(s), on 2027-01-14.');
    await expect(support).toContainText('epochs 3');
    await shot(page, 'en-1-inventory');

    await support.getByRole('button', { name: `Rescue this model: ${SUPPORT}` }).click();
    await expect(page.locator('#rescue-recipe')).toBeFocused();
    await page.getByRole('button', { name: 'Save the recipe' }).click();
    await expect(page.getByTestId('recipe-saved')).toContainText('Rescued: support (gpt-4o-mini-2024-07-18)');
    await expect(page.getByTestId('rescue-recipe')).toContainText('Training file: saved (30 lines)');
    await expect(page.getByTestId('rescue-recipe')).toContainText('Validation file: saved (6 lines)');
    await shot(page, 'en-2-recipe');

    // Count and cost before anything runs, capped at 12 questions.
    await page.getByTestId('record-cap').fill('12');
    await page.getByRole('button', { name: 'Count and cost' }).click();
    const plan = page.getByTestId('record-plan');
    await expect(plan).toContainText('12 questions will be asked (1 request(s) each); 0 already recorded.');
    await expect(plan).toContainText(/Estimated cost: \$0\.\d+/);
    await expect(plan).toContainText('Basis:');
    await expect(page.getByText('Held-out examples (6)')).toBeVisible();
    await shot(page, 'en-3-plan');

    // Every answer now takes one second on the clock, so the test decides how far recording gets.
    first.services.retiringPractice.faults.inject({
      route: 'POST /chat/completions',
      action: { kind: 'delay', ms: 1000 },
    });
    await plan.getByRole('button', { name: 'Record 12 answers' }).click();
    await expect(page.getByTestId('record-status')).toContainText('Recording… 0 of 12');
    await expect.poll(() => first.services.retiringPractice.faults.count('POST /chat/completions')).toBe(4);
    // A request is counted before its delay starts sleeping: moving the clock earlier would miss it.
    await expect.poll(() => clock.sleeping()).toBe(4);
    clock.advance(1000);
    await expect(page.getByTestId('record-status')).toContainText('Recording… 4 of 12');
    await expect(page.locator('progress')).toHaveAttribute('value', '4');
    await shot(page, 'en-4-recording');
    expect(await answerLines(userDataDir)).toHaveLength(4);

    // ---- The crash: the first life stops with four answers in flight ----------------------------
    first.services.rescue.dispose();
    await first.services.rescue.settled(SUPPORT);
    await first.services.retiringPractice.flush();
    await page.close();

    // ---- Second life, in 繁體中文 -----------------------------------------------------------------
    const page2 = await browser.newPage();
    const second = await startHarness(page2, { ...options, locale: 'zh-TW' });
    await expect(page2.getByTestId('rescue-card')).toContainText(TW.rescue['card']!['title']!);
    await page2.getByTestId('rescue-card').getByRole('button', { name: TW.rescue['card']!['open']! }).click();
    await page2
      .getByTestId('rescue-model')
      .filter({ hasText: SUPPORT })
      .getByRole('button', { name: `${TW.rescue['page']!['choose']}: ${SUPPORT}` })
      .click();
    // It carried on by itself: only the eight missing answers were asked, none twice.
    await expect(page2.getByTestId('record-status')).toContainText('12 個答案全部記錄完成');
    const lines = await answerLines(userDataDir);
    expect(lines).toHaveLength(12);
    expect(new Set(lines.map((l) => l.promptId)).size).toBe(12);
    expect(second.services.retiringPractice.faults.count('POST /chat/completions')).toBe(8);
    await shot(page2, 'zh-TW-1-resumed');

    await page2.getByRole('button', { name: TW.rescue['check']!['run']! }).click();
    await expect(page2.getByTestId('quick-check').locator('li')).toHaveCount(2);
    await shot(page2, 'zh-TW-2-quick-check');

    await page2.getByRole('button', { name: TW.rescue['retrain']!['start']! }).click();
    await expect(page2.getByTestId('retrain-status')).toContainText(TW.rescue['retrain']!['waiting']!);
    await expect
      .poll(
        async () => {
          clock.advance(1000);
          second.services.training.wake();
          return page2.getByTestId('retrain-status').textContent();
        },
        { timeout: 60_000, intervals: [200] },
      )
      .toContain('ft:');
    await shot(page2, 'zh-TW-3-retrained');

    await page2.getByRole('button', { name: TW.rescue['fidelity']!['run']! }).click();
    const report = page2.getByTestId('fidelity-report');
    await expect(report.locator('tbody tr')).toHaveCount(12);
    await expect(report).toContainText('每 1,000 個回答的費用');
    // A controlled checkbox: main answers, then it shows as checked.
    const oldBetter = report.locator('tbody tr').first().getByRole('checkbox');
    await oldBetter.click();
    await expect(oldBetter).toBeChecked();
    await page2.getByRole('button', { name: TW.rescue['fidelity']!['apply']! }).click();
    await expect(report).toContainText('專案中修正過的範例：1 個。');
    await page2.getByRole('button', { name: TW.rescue['fidelity']!['pick1']! }).click();
    await expect(report).toContainText('已選 1 / 12');
    await page2.getByRole('button', { name: TW.rescue['fidelity']!['exportCsv']! }).click();
    await expect(report).toContainText('已儲存為 rescue-report-');
    await page2.getByRole('button', { name: TW.rescue['fidelity']!['exportHtml']! }).click();
    await expect.poll(() => saved.length).toBe(2);
    expect(await readFile(saved[0]!, 'utf8')).toContain('與舊答案的相似度');
    expect(await readFile(saved[1]!, 'utf8')).toContain('搶救報告');
    await expect(page2.getByTestId('switch-card')).toContainText('OPENAI_API_KEY');
    await shot(page2, 'zh-TW-4-report');

    // On 2027-01-14 the model is gone: the page says so and still shows what was saved.
    clock.set(Date.UTC(2027, 0, 14, 9));
    await page2.getByRole('button', { name: TW.rescue['page']!['refresh']! }).click();
    await expect(
      page2.getByTestId('rescue-model').filter({ hasText: SUPPORT }).getByTestId('shutdown-countdown'),
    ).toHaveText('這個模型已在 2027-01-14 關閉，不能再回答了；你保存的東西都留在下面。');
    await expect(page2.getByTestId('record-status')).toContainText('12 個答案全部記錄完成');
    await expect(page2.getByTestId('recipe-saved')).toBeVisible();
    await shot(page2, 'zh-TW-5-gone');
    expect(second.blockedRequests).toEqual([]);
    second.services.rescue.dispose();
  });
});
