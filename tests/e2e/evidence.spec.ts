// Decide with evidence end to end in Chromium (繁體中文) with the real main-process services on the practice
// service: the brand-voice project with a fine-tuned practice model (seeded as a finished job registers
// it: no training job, so its training cost is "not known"), notes from a price-list .docx and an FAQ
// PDF added and embedded through the Notes tab, then from Try to the evidence page: five questions
// answered by prompt only, base model + notes and the fine-tuned model, marked from the keyboard, the
// recommendation updated from the marks, and the report exported. Screenshots go to
// test-results/screenshots/.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openBrandVoice, seedFineTunedModel } from '../unit/tryout/appHelpers';
import { startHarness } from './harness';
import { addNotesAndEmbed, notesFixture } from './notesSteps';

const QUESTIONS = [
  '標準咖啡豆多少錢？',
  '你們幾點開門？',
  '可以寄到國外嗎？',
  '可以退貨嗎？',
  '有禮盒包裝嗎？',
];
// The user's judgement of each answer, per approach (question 1 to 5).
const MARKS = {
  只用提示: ['錯', '錯', '對', '錯', '錯'],
  '基礎模型 + 筆記': ['對', '對', '對', '對', '對'],
  微調模型: ['對', '錯', '對', '對', '對'],
} as const;

test('decide with evidence: prompt, notes and fine-tuned model on my questions, marked, with a recommendation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const saveDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-evidence-save-'));
  const picks = [notesFixture('price-list.docx'), notesFixture('faq.pdf')];
  const app = await startHarness(page, {
    locale: 'zh-TW',
    dialogs: {
      showOpenDialog: async (purpose) => (purpose === 'notes' ? (picks.shift() ?? null) : null),
      showSaveDialog: async (_purpose, name) => path.join(saveDir, name),
    },
  });
  const project = await openBrandVoice(app.services);
  seedFineTunedModel(app.services, project.train);
  await app.services.providers.finishFirstRunPrompt();
  await page.reload();
  const name = (await app.services.projects.list()).find((p) => p.id === project.projectId)!.name;

  // Notes: open the project on the Examples page, add the two documents and embed them.
  await page.locator('button[data-route="examples"]').click();
  await page.getByRole('button', { name: `開啟 ${name}` }).click();
  await addNotesAndEmbed(page, { collection: '店家資料', documents: 2, passages: 4 });

  // From Try to the evidence page, on this project.
  await page.locator('button[data-route="try"]').click();
  await page.getByRole('button', { name: '用證據做決定' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'evidence');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('用證據做決定');

  const box = page.getByLabel('你的問題，一行一個');
  await box.fill(QUESTIONS.slice(0, 4).join('\n'));
  await page.getByRole('button', { name: '回答我的問題' }).click();
  await expect(page.getByRole('alert')).toHaveText('請至少寫 5 個問題，一行一個：現在只有 4 個。');
  await box.fill(QUESTIONS.join('\n'));
  await expect(page.getByLabel('要使用的筆記')).toContainText('店家資料（4 個段落中有 4 個可搜尋）');
  // The fine-tuned model goes by the name in its id, as on Try (no training run of it in this app).
  await expect(page.getByText('微調模型：kettle', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '回答我的問題' }).click();

  const progress = page.getByTestId('evidence-progress');
  await expect(progress).toHaveAttribute('data-status', 'finished', { timeout: 90_000 });
  await expect(progress).toContainText('已回答 15 / 15');
  // Notes answers name the documents they were given.
  await expect(page.getByTestId('evidence-question-1').locator('[data-approach="notes"]')).toContainText(
    '用到的筆記：price-list.docx',
  );
  const verdict = page.getByTestId('evidence-verdict');
  await expect(verdict).toContainText('每種做法至少要標記 5 個回答才能給出建議');
  await page.screenshot({ path: 'test-results/screenshots/evidence-answers.png', fullPage: true });

  // Marks from the keyboard: focus the button, press Enter.
  for (const [approach, marks] of Object.entries(MARKS))
    for (const [i, mark] of marks.entries()) {
      const group = page.getByRole('group', { name: `${approach}，第 ${i + 1} 題：這個回答對嗎？` });
      await group.getByRole('button', { name: mark, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(group.getByRole('button', { name: mark, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }

  const totals = page.getByTestId('evidence-totals');
  await expect(totals.getByTestId('right-prompt')).toHaveText('5 題中答對 1 題');
  await expect(totals.getByTestId('right-notes')).toHaveText('5 題中答對 5 題');
  await expect(totals.getByTestId('right-fine-tuned')).toHaveText('5 題中答對 4 題');
  await expect(totals.locator('[data-approach="notes"]')).toContainText('嵌入');
  await expect(totals.locator('[data-approach="notes"]')).toContainText('練習模式：沒有收費');
  await expect(totals.locator('[data-approach="fine-tuned"] th')).toHaveText('微調模型kettle');
  await expect(totals.locator('[data-approach="fine-tuned"]')).toContainText(
    '不知道：這個模型的訓練工作不在這個程式裡',
  );
  await expect(verdict).toContainText(
    '筆記答對了 5 題中的 5 題；微調模型答對 5 題中的 4 題。這件事不需要微調。',
  );
  await expect(verdict).toContainText(/每則回覆，筆記的費用是微調模型的 \d+%。/);
  await verdict.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/evidence-recommendation.png', fullPage: true });

  // The page as marked passes axe (WCAG 2.1 A/AA and best practices), as the other pages do (issue 20).
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
    [],
  );

  // The marks are kept beside the project: main's saved run has them.
  const saved = (await app.services.evidence.open(project.projectId)).run!;
  expect(saved.answers.filter((a) => a.mark === 'right')).toHaveLength(10);

  await page.getByRole('button', { name: '匯出 CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已儲存為' })).toContainText('evidence-report-');
  const [file] = await fs.readdir(saveDir);
  const csv = await fs.readFile(path.join(saveDir, file!), 'utf8');
  expect(csv).toContain('"標準咖啡豆多少錢？","基礎模型 + 筆記"');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(16);

  // The key screen in English: the same marks, the recommendation in English words.
  await page.getByTestId('language-select').selectOption('en');
  await expect(verdict).toContainText(
    'Notes answered 5 of 5 correctly; the fine-tuned model answered 4 of 5. Fine-tuning is not needed for this.',
  );
  await verdict.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/evidence-recommendation-en.png', fullPage: true });
  expect(app.blockedRequests).toEqual([]);
});
