// Examples end to end in Chromium with the real main-process services: import a CSV with Chinese headers
// through the (fake) native dialog, map its columns, check it, fix problems with one click, split it and
// export it; the exported files are read back from disk. Screenshots go to test-results/screenshots/.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { DialogPort } from '../../electron/main/services/projects/DialogPort';
import { startHarness } from './harness';

const ROWS = [
  ['請問訂單什麼時候出貨？', '茶友您好！訂單會在兩天內出貨。', '你是小壺茶舖的客服'],
  ['可以退貨嗎？', '茶友您好！七天內可以退貨。', '你是小壺茶舖的客服'],
  ['烏龍茶怎麼泡？', '茶友您好！用九十度的水泡一分鐘。', '你是小壺茶舖的客服'],
  ['有禮盒嗎？', '茶友您好！有三種禮盒可選。', '你是小壺茶舖的客服'],
  ['可以刷卡嗎？', '茶友您好！可以用信用卡付款。', '你是小壺茶舖的客服'],
  ['運費多少？', '茶友您好！滿一千元免運費。', '你是小壺茶舖的客服'],
  ['茶葉怎麼保存？', '茶友您好！請放在陰涼乾燥處。', '你是小壺茶舖的客服'],
  ['有無咖啡因的茶嗎？', '茶友您好！有花草茶。', '你是小壺茶舖的客服'],
  ['門市在哪裡？', '茶友您好！在台北市大安區。', '你是小壺茶舖的客服'],
  ['請寄到 lee@example.com', '茶友您好！已收到您的信箱。', '你是小壺茶舖的客服'],
  ['計算公式', '=1+1', '你是小壺茶舖的客服'],
  ['請問訂單什麼時候出貨？', '茶友您好！訂單會在兩天內出貨。', '你是小壺茶舖的客服'],
];
const CSV = '客戶問題,客服回覆,系統提示\n' + ROWS.map((r) => r.join(',')).join('\n') + '\n';

test('import a CSV with Chinese headers, map columns, fix issues, split and export', async ({ page }) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-examples-e2e-'));
  const source = path.join(dir, '客服問答.csv');
  await fs.writeFile(source, CSV);
  const saved: string[] = [];
  const dialogs: DialogPort = {
    showOpenDialog: async () => source,
    showSaveDialog: async (_purpose, name) => {
      const file = path.join(dir, 'out', name);
      await fs.mkdir(path.dirname(file), { recursive: true });
      saved.push(file);
      return file;
    },
  };
  const app = await startHarness(page, { locale: 'en-US', dialogs });
  await page
    .getByRole('button', { name: /Examples/ })
    .first()
    .click();

  // A new project opens straight onto "Add examples".
  await page.getByLabel('New project name').fill('Little Kettle FAQ');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  const mapping = page.getByTestId('column-mapping');
  await expect(mapping).toBeVisible();
  // The engine guessed the Chinese headers: question, answer, system prompt.
  await expect(mapping.getByLabel('User message (the question)')).toHaveValue('0');
  await expect(mapping.getByLabel('Good answer')).toHaveValue('1');
  await expect(mapping.getByLabel('System prompt (optional)')).toHaveValue('2');
  // Map by hand: leave the system prompt out, then put it back.
  await mapping.getByLabel('System prompt (optional)').selectOption('');
  await expect(page.getByTestId('import-preview')).not.toContainText('你是小壺茶舖的客服');
  await mapping.getByLabel('System prompt (optional)').selectOption('2');
  await expect(page.getByTestId('import-preview')).toContainText('你是小壺茶舖的客服');
  await page.screenshot({ path: 'test-results/screenshots/examples-import.png', fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-done')).toContainText('Imported examples: 12.');
  expect(await fs.readFile(source, 'utf8')).toBe(CSV); // the source is never changed

  // Check, then fix with one click.
  await page.getByRole('tab', { name: 'Checks' }).click();
  await page.getByRole('button', { name: 'Check examples' }).click();
  await expect(page.getByTestId('check-summary')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('group-pii_email')).toContainText('A trained model can repeat it to anyone');
  await expect(page.getByTestId('group-duplicate_exact')).toContainText('Example 12');
  await page.screenshot({ path: 'test-results/screenshots/examples-checks.png', fullPage: true });
  await page
    .getByTestId('group-pii_email')
    .getByRole('button', { name: 'Mask personal data in all examples' })
    .click();
  await page
    .getByTestId('group-duplicate_exact')
    .getByRole('button', { name: 'Remove exact copies' })
    .click();
  await page.getByRole('button', { name: 'Check examples' }).click();
  await expect(page.getByTestId('group-pii_email')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('group-duplicate_exact')).toHaveCount(0);

  // Undo the duplicate removal from the keyboard, then redo it.
  await page.getByRole('tab', { name: 'Examples' }).click();
  await expect(page.getByText('Showing 11 of 11')).toBeVisible();
  await page.getByTestId('example-list').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Showing 12 of 12')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Showing 11 of 11')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/examples-editor.png', fullPage: true });

  await page.getByRole('tab', { name: 'Stats and cost' }).click();
  await expect(page.getByTestId('cost-formula')).toContainText('epochs');
  await page.screenshot({ path: 'test-results/screenshots/examples-stats.png', fullPage: true });

  // Split 80/10/10 and export.
  await page.getByRole('tab', { name: 'Split and export' }).click();
  await page.getByTestId('split-preset').selectOption('80-10-10');
  await page.getByRole('button', { name: 'Split', exact: true }).click();
  await expect(page.getByTestId('split-counts')).toHaveText('Train: 9 · Validation: 1 · Test: 1');
  await page.getByRole('button', { name: 'Save the train part (JSONL)' }).click();
  await expect(page.getByTestId('export-saved')).toBeVisible();
  await page.getByRole('button', { name: 'Save all as CSV' }).click();
  await expect.poll(() => saved.length).toBe(2);
  await page.screenshot({ path: 'test-results/screenshots/examples-split.png', fullPage: true });

  const train = (await fs.readFile(saved[0] as string, 'utf8')).trim().split('\n');
  expect(train).toHaveLength(9);
  for (const line of train)
    expect(JSON.parse(line).messages[0]).toEqual({ role: 'system', content: '你是小壺茶舖的客服' });
  await expect.poll(async () => fs.readFile(saved[1] as string, 'utf8').catch(() => '')).toContain(`'=1+1`);
  const csv = await fs.readFile(saved[1] as string, 'utf8');
  expect(csv).not.toContain('lee@example.com');
  expect(csv).not.toMatch(/,=1\+1/);

  // The project survived on disk: a fresh services instance sees the same examples.
  await app.services.flushAll();
  const [project] = await app.services.projects.list();
  expect(project).toMatchObject({ name: 'Little Kettle FAQ', exampleCount: 11 });
  expect(app.blockedRequests).toEqual([]);
});

for (const [locale, title, count] of [
  ['zh-TW', '小壺茶舖', '顯示 61 / 61 個'],
  ['zh-CN', '小壶茶铺', '显示 61 / 61 个'],
] as const) {
  test(`opens a sample project in the user language (${locale}), checks it and shows the cost`, async ({
    page,
  }) => {
    await startHarness(page, { locale });
    await page.locator('button[data-route="examples"]').click();
    const sample = page.getByTestId('sample-brand-voice');
    await expect(sample).toContainText(title);
    await sample.getByRole('button').click();
    await expect(page.getByTestId('example-list')).toBeVisible();
    await expect(page.getByText(count)).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/examples-sample-${locale}.png`, fullPage: true });
    await page.getByRole('tab').nth(1).click();
    await page.locator('.checks button.primary').click();
    await expect(page.getByTestId('check-summary')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab').nth(2).click();
    await expect(page.getByTestId('cost-formula')).toContainText('token');
    await page.screenshot({ path: `test-results/screenshots/examples-stats-${locale}.png`, fullPage: true });

    // The flawed sample shows the checks with their plain-language explanations.
    await page.locator('.workspace-bar button').first().click();
    await page.getByTestId('sample-brand-voice-flawed').getByRole('button').click();
    await page.getByRole('tab').nth(1).click();
    await page.locator('.checks button.primary').click();
    await expect(page.getByTestId('group-pii_email')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `test-results/screenshots/examples-checks-${locale}.png`, fullPage: true });
  });
}

test('a dropped GB18030 file is read in chunks, and choosing the text encoding re-reads the preview', async ({
  page,
}) => {
  const iconv = (await import('iconv-lite')).default;
  const rows = Array.from(
    { length: 12 },
    (_, i) => `请问第${i + 1}号订单到哪了？,您的订单已经发货，请耐心等待。`,
  );
  const bytes = [...iconv.encode('问题,回答\n' + rows.join('\n') + '\n', 'gb18030')];
  await startHarness(page, { locale: 'en-US' });
  await page.locator('button[data-route="examples"]').click();
  await page.getByLabel('New project name').fill('Dropped');
  await page.getByRole('button', { name: 'Create project' }).click();
  // A real drop: a DataTransfer holding a File, as the OS gives it to the page.
  const dataTransfer = await page.evaluateHandle((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], '订单.csv', { type: 'text/csv' }));
    return transfer;
  }, bytes);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  const encoding = page.getByLabel('Text encoding');
  // Whatever the guess, the user can confirm the encoding; the preview is read again with it.
  await encoding.selectOption('utf-8');
  await expect(encoding).toHaveValue('utf-8');
  await expect(preview).not.toContainText('请问第1号订单');
  await encoding.selectOption('gb18030');
  await expect(preview).toContainText('请问第1号订单到哪了？');
  await page.screenshot({ path: 'test-results/screenshots/examples-drop-encoding.png', fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-done')).toContainText('Imported examples: 12.');
});

test('a 6,000-example project opens in pages through the real router, and a split is undone', async ({
  page,
}) => {
  const app = await startHarness(page, { locale: 'en-US' });
  const examples = Array.from({ length: 6_000 }, (_, i) => ({
    id: `ex-${i.toString(16).padStart(16, '0')}`,
    provenance: 'imported' as const,
    split: 'train' as const,
    example: {
      messages: [
        { role: 'user' as const, content: `question ${i + 1}` },
        { role: 'assistant' as const, content: `answer ${i + 1}` },
      ],
    },
  }));
  const { meta } = await app.services.projects.create('Paged', examples);
  await page.locator('button[data-route="examples"]').click();
  await page.getByRole('button', { name: 'Open Paged' }).click();
  // Every page arrives: the last example is in the list and the progress bar is gone. The harness
  // serializes each answer through Playwright's binding (about 1 s per MB on a busy machine, far slower
  // than Electron's clone), so the wait is long.
  await expect(page.getByText('Showing 6000 of 6000')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Loading examples/)).toHaveCount(0);

  await page.getByRole('tab', { name: 'Split and export' }).click();
  await page.getByRole('button', { name: 'Split' }).click();
  await expect(page.getByTestId('split-counts')).toHaveText('Train: 4800 · Validation: 600 · Test: 600');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  expect((await app.services.projects.examplesOf(meta.id)).filter((e) => e.split === 'test')).toHaveLength(
    600,
  );
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('split-counts')).toHaveText(
    'Not split yet: all examples are in the train part.',
  );
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  expect((await app.services.projects.examplesOf(meta.id)).every((e) => e.split === 'train')).toBe(true);
  expect((await app.services.projects.metaOf(meta.id)).split).toBeNull();
});
