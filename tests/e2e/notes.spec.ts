// Notes end to end in Chromium (繁體中文) with the real main-process services: a price-list .docx and an
// FAQ PDF are added through the (fake) native dialog, a scanned PDF is refused with what to do, the cost
// quote is shown before anything is embedded, and embedding finishes on the practice service.
// Screenshots go to test-results/screenshots/.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { DialogPort } from '../../electron/main/services/projects/DialogPort';
import { startHarness } from './harness';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/notes', name);

test('add documents to notes, see what could not be read, and prepare them for search with the cost shown', async ({
  page,
}) => {
  const picks = [fixture('price-list.docx'), fixture('faq.pdf'), fixture('scanned.pdf')];
  const dialogs: DialogPort = {
    showOpenDialog: async (purpose) => (purpose === 'notes' ? (picks.shift() ?? null) : null),
    showSaveDialog: async () => null,
  };
  await startHarness(page, { locale: 'zh-TW', dialogs });
  await page.getByRole('button', { name: /範例/ }).first().click();
  await page.getByLabel('新專案名稱').fill('小壺茶舖');
  await page.getByRole('button', { name: '建立專案' }).click();
  await page.getByRole('tab', { name: '筆記' }).click();

  await page.getByLabel('筆記集名稱').fill('店家資料');
  await page.getByRole('button', { name: '建立', exact: true }).click();
  const collection = page.getByTestId('notes-collection');
  await expect(collection).toContainText('店家資料');
  for (let i = 0; i < 3; i++) await collection.getByRole('button', { name: '加入文件…' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'scanned.pdf 有 1 頁，但沒有文字：可能是掃描檔。請先做文字辨識（OCR），或加入原始文件。',
  );
  await expect(collection).toContainText('2 份文件，共 4 個段落');
  await expect(collection).toContainText('price-list.docx：2 個段落');
  await expect(collection).toContainText('faq.pdf：2 個段落');

  await collection.getByRole('button', { name: '準備搜尋…' }).click();
  const quote = page.getByTestId('notes-quote');
  await expect(quote).toContainText('練習模式：免費。若使用 OpenAI');
  await expect(quote).toContainText('text-embedding-3-small，價格查核於 2026-12-05');
  await page.screenshot({ path: 'test-results/screenshots/notes-quote.png', fullPage: true });
  await quote.getByRole('button', { name: '準備 4 個段落' }).click();
  await expect(collection).toContainText('完成：已準備 4 個段落');
  await expect(collection).toContainText('4 個段落中有 4 個已可搜尋');
  await page.screenshot({ path: 'test-results/screenshots/notes-ready.png', fullPage: true });
});
