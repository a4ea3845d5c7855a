// Try page end to end: the built renderer in Chromium, the real main-process services behind the test
// bridge, the practice service as the provider, and the brand-voice sample as the project (opened and
// split through the Examples projects service). A fine-tuned practice model trained on the project's
// training part is registered in the practice service as a finished job would register it.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { countExampleTokens, countTextTokens } from '../../shared/domain/tokens';
import { findPrice } from '../../shared/domain/pricing/catalog';
import { buildPrompt } from '../../shared/domain/tryout';
import { startHarness, type Harness } from './harness';
import { BASE, FINE_TUNED, openBrandVoice, seedFineTunedModel } from '../unit/tryout/appHelpers';

async function openTry(page: Page, options: { saveDir?: string; locale?: string } = {}) {
  const saveDir = options.saveDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-try-save-')));
  const app = await startHarness(page, {
    locale: options.locale ?? 'en-US',
    dialogs: {
      showOpenDialog: async () => null,
      showSaveDialog: async (_purpose, name) => path.join(saveDir, name),
    },
  });
  const project = await openBrandVoice(app.services);
  seedFineTunedModel(app.services, project.train);
  // The first-run welcome (Settings) is answered so the screenshots show the Try page itself.
  await app.services.providers.finishFirstRunPrompt();
  await page.reload();
  await page.locator('button[data-route="try"]').click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'try');
  await expect(page.getByTestId('setup-a')).toBeVisible();
  return { app, project, saveDir };
}

const streamedEvents = (app: Harness, runId?: string) =>
  app.ipcLog
    .map((line) => JSON.parse(line) as { event?: string; payload?: { runId: string; text: string } })
    .filter((e) => e.event === 'tryout.replyStreamed' && (!runId || e.payload?.runId === runId));

test.describe('Try and compare', () => {
  test('chat streams a reply from the fine-tuned model and saves the conversation in the project', async ({
    page,
  }) => {
    const { app, project } = await openTry(page);
    await page.getByRole('tab', { name: 'Chat' }).click();
    await page.getByLabel('Message').fill('How much is shipping?');
    await page.getByRole('button', { name: 'Send' }).click();
    const reply = page.getByTestId('messages').locator('[data-role="assistant"]').last();
    await expect(reply).toContainText('Hi, tea friend!');
    await expect(reply).toContainText('Little Kettle');
    // The text came in many pieces, as events, and the pieces make up the saved reply.
    const pieces = streamedEvents(app);
    expect(pieces.length).toBeGreaterThan(5);
    const saved = (await app.services.tryout.project(project.projectId)).conversations[0]!;
    expect(saved.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(saved.messages[1]!.model).toBe(FINE_TUNED);
    expect(pieces.map((p) => p.payload!.text).join('')).toBe(saved.messages[1]!.content);
    await expect(page.getByTestId('messages')).toContainText(saved.messages[1]!.content.split('\n')[0]!);
    expect(app.blockedRequests).toEqual([]);
  });

  test('side by side: three set-ups, and every figure matches the practice usage and the price catalog', async ({
    page,
  }) => {
    const { app, project } = await openTry(page);
    const question = 'Can I return a tea I already opened?';
    await page.getByLabel('One message for every set-up').fill(question);
    await page.getByRole('button', { name: 'Send to all' }).click();
    for (const id of ['a', 'b', 'c'])
      await expect(page.getByTestId(`column-${id}`).getByTestId('reply')).toHaveAttribute(
        'data-done',
        'true',
      );

    const { defaultSetups } = await app.services.tryout.project(project.projectId);
    const provider = app.services.providers.active();
    for (const setup of defaultSetups) {
      const column = page.getByTestId(`column-${setup.id}`);
      const figure = (name: string) => column.locator(`[data-figure="${name}"]`);
      // Recompute independently: the same prompt, the practice service's usage for it, the catalog price.
      const turns = buildPrompt(
        setup.systemPrompt,
        project.train,
        setup.kind === 'few-shot' ? setup.fewShotCount : 0,
        [{ role: 'user', content: question }],
      );
      const usage = await provider.chat(setup.model, turns);
      expect(usage.promptTokens).toBe(countExampleTokens({ messages: turns }, 'o200k_base'));
      expect(usage.replyTokens).toBe(countTextTokens(usage.text, 'o200k_base'));
      await expect(figure('promptTokens')).toHaveText(String(usage.promptTokens));
      await expect(figure('replyTokens')).toHaveText(String(usage.replyTokens));
      const price = findPrice('practice', BASE)!;
      const cost = (usage.promptTokens! * price.inputPer1M! + usage.replyTokens! * price.outputPer1M!) / 1e6;
      expect(Number(await figure('cost').getAttribute('data-value'))).toBeCloseTo(cost, 12);
      const first = Number(await figure('firstTokenMs').getAttribute('data-value'));
      const total = Number(await figure('totalMs').getAttribute('data-value'));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThanOrEqual(total);
      await expect(column.getByTestId('reply')).toContainText(usage.text.split('\n')[0]!.slice(0, 30));
    }
    // The few-shot prompt is visibly longer than the short prompt.
    const prompt = async (id: string) =>
      Number(await page.getByTestId(`column-${id}`).locator('[data-figure="promptTokens"]').textContent());
    expect(await prompt('c')).toBeGreaterThan((await prompt('b')) * 2);
    await expect(page.getByTestId('column-a').getByTestId('cost-basis')).toContainText(
      'tokens in × $0.80 per million',
    );
    await page.getByRole('tab', { name: 'Test set' }).click();
    await page.getByRole('tab', { name: 'Side by side' }).click();
    for (const id of ['a', 'b', 'c'])
      await expect(page.getByTestId(`column-${id}`).locator('[data-figure="cost"]')).toBeVisible();
    await page.getByTestId('column-a').getByText('How these numbers were found').click();
    await page.setViewportSize({ width: 1440, height: 1300 });
    await page.screenshot({ path: 'test-results/screenshots/try-side-by-side.png' });
  });

  test('test set: progress, totals, export as CSV and HTML, blind A/B, and a correction that lands in Examples', async ({
    page,
  }) => {
    const { app, project, saveDir } = await openTry(page);
    await page.getByRole('tab', { name: 'Test set' }).click();
    await page.getByLabel('Calls at once').fill('3');
    await page.getByLabel('Judge model (optional)').selectOption(BASE);
    await page.getByRole('button', { name: 'Run the test set' }).click();
    await expect(page.getByTestId('test-progress')).toHaveAttribute('data-status', 'finished', {
      timeout: 30_000,
    });
    const total = project.test.length * 3;
    await expect(page.getByTestId('test-progress')).toContainText(`${total} of ${total} replies`);
    await expect(page.getByTestId('case')).toHaveCount(project.test.length);
    await expect(page.getByTestId('judge-cost')).toContainText('not included in the cost columns');

    // Totals shown = totals recomputed here from each reply's own figures.
    const runId = JSON.parse(app.ipcLog.find((l) => l.includes('"route":"tryout.testStart"'))!).result.data
      .id as string;
    const report = app.services.tryout.testReport(runId);
    const totals: Record<string, unknown>[] = [];
    for (const setup of report.setups) {
      const mine = report.results.filter((r) => r.setupId === setup.id && r.error === null);
      const cost = mine.reduce((s, r) => s + r.figures!.cost!, 0);
      const row = page.getByTestId('totals').locator(`tr[data-setup="${setup.id}"]`);
      await expect(row.locator('[data-total="replies"]')).toHaveText(String(mine.length));
      await expect(row.locator('[data-total="promptTokens"]')).toHaveText(
        String(mine.reduce((s, r) => s + r.figures!.promptTokens!, 0)),
      );
      await expect(row.locator('[data-total="replyTokens"]')).toHaveText(
        String(mine.reduce((s, r) => s + r.figures!.replyTokens!, 0)),
      );
      expect(Number(await row.locator('[data-total="costPer1000"]').getAttribute('data-value'))).toBeCloseTo(
        (cost / mine.length) * 1000,
        12,
      );
      totals.push({
        setup: `${setup.id} ${setup.kind} ${setup.model}`,
        ...Object.fromEntries(
          await Promise.all(
            [
              'replies',
              'exact',
              'similarity',
              'judge',
              'promptTokens',
              'replyTokens',
              'firstToken',
              'totalTime',
              'cost',
              'costPer1000',
            ].map(async (k) => [k, await row.locator(`[data-total="${k}"]`).textContent()]),
          ),
        ),
      });
    }
    await fs.writeFile(
      'test-results/screenshots/try-totals.json',
      JSON.stringify(
        { project: 'brand-voice (en), 70/15/15 split', testExamples: project.test.length, totals },
        null,
        2,
      ),
    );
    // The page scrolls inside <main>, so a tall viewport is what captures the whole report.
    await page.setViewportSize({ width: 1280, height: 2600 });
    await page.screenshot({ path: 'test-results/screenshots/try-test-report.png' });
    await page.setViewportSize({ width: 1280, height: 820 });

    // Leaving the tab and coming back keeps the run (it lives in main; the page keeps its id).
    await page.getByRole('tab', { name: 'Chat' }).click();
    await page.getByRole('tab', { name: 'Test set' }).click();
    await expect(page.getByTestId('test-progress')).toHaveAttribute('data-status', 'finished');
    await expect(page.getByTestId('case')).toHaveCount(project.test.length);

    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByText(/Saved as try-report-.*\.csv\./)).toBeVisible();
    await page.getByRole('button', { name: 'Export HTML page' }).click();
    await expect(page.getByText(/Saved as try-report-.*\.html\./)).toBeVisible();
    const files = await fs.readdir(saveDir);
    const csv = await fs.readFile(
      path.join(
        saveDir,
        files.find((f) => f.endsWith('.csv'))!,
      ),
      'utf8',
    );
    expect(csv.trim().split('\r\n')).toHaveLength(1 + total);
    expect(csv.split('\r\n')[0]).toContain('"Expected answer"');
    const html = await fs.readFile(
      path.join(
        saveDir,
        files.find((f) => f.endsWith('.html'))!,
      ),
      'utf8',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Totals per set-up');

    // Blind A/B: writers hidden until the last pick.
    await page.getByRole('button', { name: 'Start blind comparison' }).click();
    for (let i = 0; i < project.test.length; i += 1) {
      await expect(page.getByTestId('blind-pair')).not.toContainText(FINE_TUNED);
      await page.getByRole('button', { name: 'Answer 1 is better' }).click();
    }
    await expect(page.getByTestId('blind-result')).toContainText('better');

    // Close the loop: correct the base model's first reply; it appears in the project's examples.
    const firstCase = page.getByTestId('case').first();
    const baseReply = firstCase.locator('[data-setup="b"]');
    await baseReply.getByRole('button', { name: 'Correct this answer' }).click();
    await baseReply.getByLabel('Better answer').fill('Hi, tea friend! Corrected in Try.\n— Little Kettle 🫖');
    await baseReply.getByRole('button', { name: 'Add to training examples' }).click();
    await expect(baseReply.getByText("Added to this project's training examples")).toBeVisible();
    const examples = await app.services.projects.examplesOf(project.projectId);
    const added = examples.filter((e) => e.provenance === 'corrected-from-try');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ correctedFrom: BASE, split: 'train' });
    expect(added[0]!.example.messages.at(-1)!.content).toBe(
      'Hi, tea friend! Corrected in Try.\n— Little Kettle 🫖',
    );
    expect(added[0]!.example.messages.find((m) => m.role === 'user')!.content).toBe(
      report.cases[0]!.question,
    );
  });

  test('model output with <script>, <img onerror>, javascript: and file: links stays inert and opens nothing', async ({
    page,
  }) => {
    const { app, project } = await openTry(page);
    const hostile =
      'Hi, tea friend! <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">\n\n' +
      '[Claim free tea](javascript:window.__pwned=3) or [see your file](file:///etc/passwd). ![pixel](https://evil.example/p.png)\n\n' +
      '[Fine-tuning help](https://help.openai.com/en/articles/fine-tuning)';
    const evil = 'ft:gpt-4.1-mini-2025-04-14:personal:evil:Zz9Yy8Xx';
    seedFineTunedModel(
      app.services,
      [
        {
          messages: [
            { role: 'user', content: 'Is there a free tea offer?' },
            { role: 'assistant', content: hostile },
          ],
        },
      ],
      evil,
    );
    await page.reload();
    await page.locator('button[data-route="try"]').click();
    await page.getByRole('tab', { name: 'Chat' }).click();
    await page.getByTestId('setup-a').getByLabel('Model').selectOption(evil);
    await page.getByLabel('Message').fill('Is there a free tea offer?');
    await page.getByRole('button', { name: 'Send' }).click();
    const reply = page.getByTestId('messages').locator('[data-role="assistant"]').last();
    await expect(reply).toContainText('Claim free tea');
    await expect(reply.locator('script, img, iframe, a, [href], [src], [onerror]')).toHaveCount(0);
    for (const blocked of await reply.getByTestId('md-link-blocked').all()) await blocked.click();
    await reply.getByTestId('md-link').click();
    await reply.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(app.ipcLog.filter((l) => l.includes('"route":"links.open"'))).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    expect(page.url()).toBe('http://tunesmith.test/index.html');
    expect(project.projectId).toBeTruthy();
  });

  test('reads in Traditional Chinese, with the figures in place', async ({ page }) => {
    await openTry(page, { locale: 'zh-TW' });
    await expect(page.getByRole('tablist')).toContainText('對話');
    await expect(page.getByRole('tab', { name: '並排比較' })).toHaveAttribute('aria-selected', 'true');
    await page.getByLabel('一則訊息，送給每個方案').fill('你們有運送到加拿大嗎？');
    await page.getByRole('button', { name: '全部送出' }).click();
    for (const id of ['a', 'b', 'c'])
      await expect(page.getByTestId(`column-${id}`).getByTestId('reply')).toHaveAttribute(
        'data-done',
        'true',
      );
    await expect(page.getByTestId('column-a').getByTestId('figures')).toContainText('提示 token');
    await page.setViewportSize({ width: 1440, height: 1300 });
    await page.screenshot({ path: 'test-results/screenshots/try-side-by-side-zh-TW.png' });
  });
});
