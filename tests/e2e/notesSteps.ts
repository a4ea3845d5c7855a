// Notes steps shared by end-to-end specs (繁體中文 screens): on the open project's Examples page, create a
// notes collection, add documents through the (fake) native dialog and prepare them for search with the
// cost quote shown first. The same walk as notes.spec.ts, kept here so other specs reuse it.
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const notesFixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/notes', name);

export async function addNotesAndEmbed(
  page: Page,
  options: { collection: string; documents: number; passages: number },
): Promise<void> {
  await page.getByRole('tab', { name: '筆記' }).click();
  await page.getByLabel('筆記集名稱').fill(options.collection);
  await page.getByRole('button', { name: '建立', exact: true }).click();
  const collection = page.getByTestId('notes-collection');
  await expect(collection).toContainText(options.collection);
  for (let i = 0; i < options.documents; i++) {
    await collection.getByRole('button', { name: '加入文件…' }).click();
    await expect(collection).toContainText(`${i + 1} 份文件`);
  }
  await collection.getByRole('button', { name: '準備搜尋…' }).click();
  const quote = page.getByTestId('notes-quote');
  await expect(quote).toContainText('text-embedding-3-small');
  await quote.getByRole('button', { name: `準備 ${options.passages} 個段落` }).click();
  await expect(collection).toContainText(`${options.passages} 個段落中有 ${options.passages} 個已可搜尋`);
}
