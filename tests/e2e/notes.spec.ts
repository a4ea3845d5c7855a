// Notes end to end in Chromium (繁體中文) with the real main-process services: a price-list .docx and an
// FAQ PDF are added through the (fake) native dialog, a scanned PDF is refused with what to do, the cost
// quote is shown before anything is embedded, and embedding finishes on the practice service.
// Screenshots go to test-results/screenshots/.
import { readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createManualClock, JOB_DURATIONS } from '../../electron/main/services/practice';
import type { DialogPort } from '../../electron/main/services/projects/DialogPort';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import { recordingNotifier } from '../../electron/main/services/training/Notifier';
import { DEFAULT_SEED } from '../../shared/domain/projects/split';
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

// Issue 16's "Done when" walk, in 繁體中文 and again in English for the key screens: a price-list .docx
// dropped on the collection, an FAQ PDF from the open dialog and opening hours pasted as text → prepared
// for search with the cost shown → asked in Chat with notes (sources under the reply) → side by side
// with the prompt-only base model and a fine-tuned model trained here on the practice service's fast
// clock → the evidence page: five questions, the user's marks, the updated recommendation. Screenshots: test-results/screenshots/notes-walk-<screen>-<language>.png.
type Text = typeof import('../../renderer/i18n/locales/en.json');
const locale = (lang: string) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../../renderer/i18n/locales/${lang}.json`), 'utf8'),
  ) as Text;
const FAST_POLL: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms / 50),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
const FAST = JOB_DURATIONS.fast;
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key]));
// Five of the shop's own questions, and the user's judgement of each answer per approach.
const EVIDENCE_QUESTIONS = [
  '標準咖啡豆多少錢？',
  '你們幾點開門？',
  '可以寄到國外嗎？',
  '可以退貨嗎？',
  '有禮盒包裝嗎？',
];
const EVIDENCE_MARKS = {
  prompt: ['wrong', 'wrong', 'right', 'wrong', 'wrong'],
  notes: ['right', 'right', 'right', 'right', 'right'],
  'fine-tuned': ['right', 'wrong', 'right', 'right', 'right'],
} as const;

for (const { lang, browserLocale, question } of [
  { lang: 'zh-TW', browserLocale: 'zh-TW', question: '標準咖啡豆多少錢？' },
  // The shop's documents are in Chinese, so the English screens ask the same question.
  { lang: 'en', browserLocale: 'en-US', question: '標準咖啡豆多少錢？' },
] as const) {
  test.describe(`notes walk (${lang})`, () => {
    // A training run, an embedding run and four replies on a busy 2-core machine.
    test.describe.configure({ timeout: 180_000 });

    test(`documents in by drop, dialog and paste → cost → chat with sources → side by side (${lang})`, async ({
      page,
    }) => {
      const L = locale(lang);
      // The page scrolls inside <main>, so a screenshot is of the window, made tall enough for the screen.
      const shot = (name: string) =>
        page.screenshot({ path: `test-results/screenshots/notes-walk-${name}-${lang}.png` });
      await page.setViewportSize({ width: 1280, height: 1000 });
      const clock = createManualClock();
      const app = await startHarness(page, {
        locale: browserLocale,
        dialogs: {
          showOpenDialog: async (purpose) => (purpose === 'notes' ? fixture('faq.pdf') : null),
          showSaveDialog: async () => null,
        },
        practiceClock: clock,
        practiceDurations: FAST,
        training: { notifier: recordingNotifier(), timers: FAST_POLL, now: () => clock.now() },
      });
      const opened = await app.services.samples.open(app.services.projects, 'brand-voice', lang);
      await app.services.projects.applySplit(opened.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });
      await page.getByRole('button', { name: L.accounts.firstRun.practice }).click();

      // Examples → the project → Notes: one collection, three documents in three ways.
      await page.locator('button[data-route="examples"]').click();
      await page.getByRole('button', { name: `${L.examples.projects.open} ${opened.meta.name}` }).click();
      await page.getByRole('tab', { name: L.notes.title }).click();
      await expect(page.getByText(L.notes.noCollectionsYet)).toBeVisible();
      await page.getByLabel(L.notes.collectionName).fill(L.notes.defaultName);
      await page.getByRole('button', { name: L.notes.create, exact: true }).click();
      const collection = page.getByTestId('notes-collection');
      await expect(collection).toContainText(L.notes.empty);

      // A dropped file reaches main as bytes, as in Chromium's real drag and drop.
      const docx = (await fs.readFile(fixture('price-list.docx'))).toString('base64');
      const dropped = await page.evaluateHandle((b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], 'price-list.docx'));
        return transfer;
      }, docx);
      await collection.getByTestId('notes-drop').dispatchEvent('drop', { dataTransfer: dropped });
      await expect(collection).toContainText('price-list.docx');
      await collection.getByRole('button', { name: L.notes.addFiles }).click();
      await expect(collection).toContainText('faq.pdf');
      await collection.getByText(L.notes.paste, { exact: true }).click();
      const hours =
        lang === 'en'
          ? 'Opening hours\n\nMonday to Friday 9:00–18:00, Saturday 10:00–16:00.'
          : '營業時間\n\n週一至週五 9:00–18:00，週六 10:00–16:00。';
      await collection.getByLabel(L.notes.pasteText, { exact: true }).fill(hours);
      await collection.getByRole('button', { name: L.notes.pasteAdd }).click();
      const pastedName = hours.split('\n')[0]!;
      await expect(collection.getByRole('button', { name: `${L.notes.remove} ${pastedName}` })).toBeVisible();
      const listed = (await app.services.notes.list(opened.meta.id))[0]!;
      expect(listed.sources.map((s) => [s.name, s.kind])).toEqual([
        ['price-list.docx', 'docx'],
        ['faq.pdf', 'pdf'],
        [pastedName, 'text'],
      ]);
      await shot('collection');

      // Prepare for search: the quote (tokens, price, its date, cost) comes before anything is sent.
      await collection.getByRole('button', { name: L.notes.quoteButton }).click();
      const quote = page.getByTestId('notes-quote');
      const expected = await app.services.notes.quote(opened.meta.id, listed.id);
      expect(expected.toEmbed).toBe(listed.passages);
      await expect(quote).toContainText(String(expected.tokens));
      await expect(quote).toContainText(expected.checkedOn ?? '');
      await shot('quote');
      await quote.getByRole('button', { name: new RegExp(String(listed.passages)) }).click();
      await expect(collection.getByRole('status').first()).toContainText(
        L.notes.embedded
          .replace('{{done}}', String(listed.passages))
          .replace('{{total}}', String(listed.passages)),
      );

      // Train: a fine-tuned practice model on this project, on the fast practice clock.
      await page.locator('button[data-route="train"]').click();
      await page.getByTestId('train-new').click();
      await expect(page.getByTestId('train-source').locator('option')).not.toHaveCount(0);
      await page.getByTestId('train-source').selectOption(opened.meta.id);
      await page.getByTestId('train-suffix').fill('teashop-notes');
      await page.getByRole('button', { name: L.train.start.check }).click();
      await expect(page.getByTestId('train-cost')).toBeVisible();
      await page.getByTestId('train-start').click();
      await expect(page.getByTestId('train-job')).toBeVisible();
      // The job exists (the provider is checking the file) before the practice clock moves.
      await expect(page.locator('[data-testid="train-timeline"] [data-stage="checking"]')).toHaveAttribute(
        'data-state',
        'current',
      );
      clock.advance(FAST.validatingMs + FAST.queuedMs + FAST.runningMs / 2);
      await expect(page.getByTestId('train-step')).toBeVisible();
      clock.advance(FAST.runningMs);
      await expect(page.getByTestId('train-success')).toContainText(':teashop-notes:');
      const fineTuned = app.services.training.runs()[0]!.job!.fineTunedModel!;

      // Try → Chat with "base model + notes": the passages used are listed under the reply, by source.
      await page.locator('button[data-route="try"]').click();
      await page.locator('#try-project').selectOption(opened.meta.id);
      await page.locator('#try-tab-chat').click();
      await page.setViewportSize({ width: 1400, height: 1700 });
      const panel = page.getByTestId('setup-panel');
      await panel.getByLabel(L.try.setup.kind, { exact: true }).selectOption('notes');
      // "Base model + notes": the model the fine-tuned one was trained from, given the passages.
      const baseModel = fineTuned.split(':')[1]!;
      await panel.getByLabel(L.try.setup.model, { exact: true }).selectOption(baseModel);
      await expect(panel.getByLabel(L.notes.collectionPick)).toHaveValue(listed.id);
      await page.getByLabel(L.try.chat.message, { exact: true }).fill(question);
      await page.getByRole('button', { name: L.try.chat.send, exact: true }).click();
      const replies = page.getByTestId('messages').locator('[data-role="assistant"]');
      await expect(replies).toHaveCount(1);
      await expect(page.getByRole('log')).toHaveAttribute('aria-busy', 'false');
      // The practice base model answers from the notes it was given, as a real model would.
      await expect(replies.first()).toContainText('NT$380');
      const used = replies.first().getByTestId('notes-used');
      await used.locator('summary').click();
      await expect(used.locator('li').first()).toContainText('price-list.docx');
      await expect(used).toContainText('NT$380');
      await expect(used).toContainText('faq.pdf');
      await shot('chat');

      // Side by side: the fine-tuned model, the prompt-only base model, and the base model with notes.
      await page.locator('#try-tab-compare').click();
      await expect(page.getByTestId('setup-a')).toBeVisible();
      const setupC = page.getByTestId('setup-c');
      await setupC.getByLabel(L.try.setup.kind, { exact: true }).selectOption('notes');
      await expect(setupC.getByLabel(L.notes.collectionPick)).toHaveValue(listed.id);
      await expect(setupC.getByLabel(L.try.setup.model, { exact: true })).toHaveValue(baseModel);
      await expect(page.getByTestId('setup-a').getByLabel(L.try.setup.model, { exact: true })).toHaveValue(
        fineTuned,
      );
      await page.getByLabel(L.try.compare.message).fill(question);
      await page.getByRole('button', { name: L.try.compare.send }).click();
      for (const id of ['a', 'b', 'c'])
        await expect(page.getByTestId(`column-${id}`).getByTestId('reply')).toHaveAttribute(
          'data-done',
          'true',
        );
      await expect(page.getByTestId('column-a').getByTestId('notes-used')).toHaveCount(0);
      await expect(page.getByTestId('column-b').getByTestId('notes-used')).toHaveCount(0);
      await expect(page.getByTestId('column-c').getByTestId('reply')).toContainText('NT$380');
      await expect(page.getByTestId('column-b').getByTestId('reply')).not.toContainText('NT$380');
      const noted = page.getByTestId('column-c').getByTestId('notes-used');
      await noted.locator('summary').click();
      await expect(noted.locator('li').first()).toContainText('price-list.docx');
      // The passages are in the notes reply's prompt, so its prompt tokens and cost are the larger ones.
      const figure = async (id: string, name: string) =>
        Number(
          await page
            .getByTestId(`column-${id}`)
            .locator(`[data-figure="${name}"]`)
            .getAttribute('data-value'),
        );
      const promptTokens = async (id: string) =>
        Number(await page.getByTestId(`column-${id}`).locator('[data-figure="promptTokens"]').textContent());
      expect(await promptTokens('c')).toBeGreaterThan((await promptTokens('b')) + 100);
      expect(await figure('c', 'cost')).toBeGreaterThan(await figure('b', 'cost'));
      await shot('side-by-side');

      // Decide with evidence, from Try: the user's questions answered by the prompt alone, the base model
      // with these notes and the model trained above; the user's marks; the recommendation from them.
      await page.getByRole('button', { name: L.evidence.fromTry }).click();
      await expect(page.locator('main')).toHaveAttribute('data-page', 'evidence');
      await page.getByLabel(L.evidence.questions).fill(EVIDENCE_QUESTIONS.join('\n'));
      await expect(page.getByLabel(L.evidence.notes)).toContainText(L.notes.defaultName);
      await expect(page.getByText(fill(L.evidence.fineTuned, { model: 'teashop-notes' }))).toBeVisible();
      await page.getByRole('button', { name: L.evidence.start }).click();
      const progress = page.getByTestId('evidence-progress');
      await expect(progress).toHaveAttribute('data-status', 'finished', { timeout: 90_000 });
      await expect(progress).toContainText(fill(L.evidence.progress, { done: 15, total: 15 }));
      for (const [approach, marks] of Object.entries(EVIDENCE_MARKS))
        for (const [i, mark] of marks.entries()) {
          const group = page.getByRole('group', {
            name: fill(L.evidence.markLabel, {
              approach: L.evidence.approach[approach as keyof typeof EVIDENCE_MARKS],
              number: i + 1,
            }),
          });
          const button = group.getByRole('button', { name: L.evidence[mark], exact: true });
          await button.click();
          await expect(button).toHaveAttribute('aria-pressed', 'true');
        }
      const totals = page.getByTestId('evidence-totals');
      // The fine-tuned model was trained here, so its set-up cost is the job's trained tokens × the price.
      await expect(totals.locator('[data-approach="fine-tuned"]')).toContainText(
        L.evidence.setup.training.split('{{tokens}}')[1]!.split('{{price}}')[0]!,
      );
      await expect(page.getByTestId('evidence-verdict')).toContainText(
        fill(L.evidence.verdict.notesWinsFineTuned, { right: 5, marked: 5, otherRight: 4, otherMarked: 5 }),
      );
      await page.getByTestId('evidence-verdict').scrollIntoViewIfNeeded();
      await shot('evidence');
      expect(app.blockedRequests).toEqual([]);
    });
  });
}
