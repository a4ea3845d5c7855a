// Issue 17, point 1: the screens a newcomer walked, at 1024×640 and at 200 % zoom (a 512×320 CSS
// viewport), in English, 繁體中文 and 简体中文. Each language trains a practice model named "teashop-v1"
// (manual practice clock), so Try knows the run and shows its name. Geometry is asserted, not eyeballed:
// the chat's set-up fields keep their natural height beside a long conversation, the conversation is the
// widest column, the model select shows the friendly name unclipped, and nothing scrolls sideways.
// Screenshots of Checks, Train's confirmation, the job view, Chat, Side by side and the test set's totals
// table (whose header words must wrap between words, never inside one) go to
// test-results/screenshots/issue17-<screen>-<language>.png.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createManualClock } from '../../electron/main/services/practice';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import { recordingNotifier } from '../../electron/main/services/training/Notifier';
import { DEFAULT_SEED } from '../../shared/domain/projects/split';
import { startHarness } from './harness';

const DURATIONS = { validatingMs: 10_000, queuedMs: 10_000, runningMs: 60_000 };
const FAST: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms / 50),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
type Text = typeof import('../../renderer/i18n/locales/en.json');
const locale = (lang: string) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../../renderer/i18n/locales/${lang}.json`), 'utf8'),
  ) as Text;
const [en, zhTW, zhCN] = [locale('en'), locale('zh-TW'), locale('zh-CN')];
const LANGUAGES = [
  { lang: 'en', locale: 'en-US', text: en },
  { lang: 'zh-TW', locale: 'zh-TW', text: zhTW },
  { lang: 'zh-CN', locale: 'zh-CN', text: zhCN },
] as const;
const DESKTOP = { width: 1024, height: 640 };
const ZOOMED = { width: 512, height: 320 }; // 1024×640 at 200 % zoom, in CSS pixels

/** What the window shows, scrolled to the screen's subject (the page scrolls inside <main>). */
async function shot(page: Page, name: string, lang: string, subject = '.try-page [role="tablist"]') {
  await page
    .locator(subject)
    .first()
    .evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: `test-results/screenshots/issue17-${name}-${lang}.png` });
}

/** Neither the page nor the scrolling <main> is wider than the window, and no control pokes out of it. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const sizes = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const controls = [...document.querySelectorAll('main select, main input, main textarea, main button')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), right: Math.round(el.getBoundingClientRect().right) }));
    // What sticks out, innermost first, to say where to look when this fails.
    const edge = main.getBoundingClientRect().left + main.clientWidth;
    const wide = [...main.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > edge + 1)
      .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > edge + 1))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}`,
      );
    return {
      wide,
      inner: window.innerWidth,
      doc: document.documentElement.scrollWidth,
      main: main.scrollWidth,
      mainClient: main.clientWidth,
      beyond: controls.filter((c) => c.right > window.innerWidth + 1),
    };
  });
  expect(sizes.doc, `${where}: page width`).toBeLessThanOrEqual(sizes.inner);
  expect(sizes.main, `${where}: main's width (${sizes.wide.join('; ')})`).toBeLessThanOrEqual(
    sizes.mainClient,
  );
  expect(sizes.beyond, `${where}: controls past the window's edge`).toEqual([]);
}

/**
 * Latin words and numbers in the totals table's headers that the browser laid out over two lines (each
 * character's box is measured: a word whose characters sit at different heights was broken inside it),
 * headers whose text pokes out of their cell, and the column widths, for the issue note. Chinese may
 * break between any two characters, so only Latin runs ("Similarity", "token", "JSON", "1,000") count.
 */
async function totalsHeaderBreaks(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector('[data-testid="totals"]')!;
    const headers = [...table.querySelectorAll('thead th')] as HTMLElement[];
    const brokenWords: string[] = [];
    for (const th of headers) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[A-Za-z0-9][A-Za-z0-9,.]*[A-Za-z0-9]/g)) {
          const tops = new Set<number>();
          for (let i = match.index; i < match.index + match[0].length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (rect) tops.add(Math.round(rect.top));
          }
          if (tops.size > 1) brokenWords.push(`${th.textContent}: ${match[0]}`);
        }
      }
    }
    const wrapper = table.parentElement as HTMLElement;
    return {
      brokenWords,
      overflowing: headers.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent),
      tableScrolls: wrapper.scrollWidth > wrapper.clientWidth + 1,
      widths: headers.map((th) => Math.round(th.getBoundingClientRect().width)),
    };
  });
}

for (const { lang, locale, text: L } of LANGUAGES) {
  test.describe(`Issue 17 layout in ${lang}`, () => {
    // A whole practice training run plus three chat replies on a busy 2-core machine.
    test.describe.configure({ timeout: 180_000 });

    test(`Checks, Train confirm, job view, Chat and Side by side at 1024×640 and 200 % (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize(DESKTOP);
      const clock = createManualClock();
      const app = await startHarness(page, {
        locale,
        practiceClock: clock,
        practiceDurations: DURATIONS,
        training: { notifier: recordingNotifier(), timers: FAST, now: () => clock.now() },
      });
      const opened = await app.services.samples.open(app.services.projects, 'brand-voice', lang);
      await app.services.projects.applySplit(opened.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });
      await page.getByRole('button', { name: L.accounts.firstRun.practice }).click();

      // Examples → Checks, on the flawed sample (a screen full of problems).
      await page.locator('button[data-route="examples"]').click();
      await page.getByTestId('sample-brand-voice-flawed').getByRole('button').click();
      await page.locator('#examples-tab-checks').click();
      await page.getByRole('button', { name: L.examples.checks.run }).click();
      await expect(page.getByTestId('check-summary')).toBeVisible({ timeout: 30_000 });
      await expectNoSidewaysScroll(page, 'Checks');
      await shot(page, 'checks', lang, '#examples-tab-checks');

      // Train: the confirmation, then the job view while it trains, then finished.
      await page.locator('button[data-route="train"]').click();
      await page.getByTestId('train-new').click();
      await expect(page.getByTestId('train-source').locator('option')).not.toHaveCount(0);
      await page.getByTestId('train-source').selectOption(opened.meta.id);
      await page.getByTestId('train-suffix').fill('teashop-v1');
      await page.getByRole('button', { name: L.train.start.check }).click();
      await expect(page.getByTestId('train-cost')).toBeVisible();
      await expectNoSidewaysScroll(page, 'Train confirm');
      await shot(page, 'train-confirm', lang, '[data-testid="train-confirm"]');
      await page.getByTestId('train-start').click();
      await expect(page.getByTestId('train-job')).toBeVisible();
      // The job exists (the provider is checking the file) before the practice clock moves.
      await expect(page.locator('[data-testid="train-timeline"] [data-stage="checking"]')).toHaveAttribute(
        'data-state',
        'current',
      );
      clock.advance(DURATIONS.validatingMs + DURATIONS.queuedMs + DURATIONS.runningMs / 2);
      await expect(page.getByTestId('train-step')).toBeVisible();
      await expectNoSidewaysScroll(page, 'job view');
      await shot(page, 'job-view', lang, '[data-testid="train-job"]');
      clock.advance(DURATIONS.runningMs);
      await expect(page.getByTestId('train-success')).toContainText(':teashop-v1:');
      await expectNoSidewaysScroll(page, 'job view, finished');
      await shot(page, 'job-done', lang, '[data-testid="train-job"]');
      const fineTuned = app.services.training.runs()[0]!.job!.fineTunedModel!;

      // Try → Chat: the model goes by its run's name; a long conversation beside the set-up.
      await page.locator('button[data-route="try"]').click();
      await page.locator('#try-project').selectOption(opened.meta.id); // the split one, with a test part
      await page.locator('#try-tab-chat').click();
      const panel = page.getByTestId('setup-panel');
      const modelSelect = panel.getByLabel(L.try.setup.model, { exact: true });
      await expect(modelSelect).toHaveValue(fineTuned);
      await expect(modelSelect).toHaveAttribute('title', fineTuned);
      // Trained from gpt-4o-mini, it shuts down with it on 2027-01-14, and its option says so.
      expect(await modelSelect.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text)).toBe(
        L.chatCatalog.retires.replace('{{name}}', 'teashop-v1').replace('{{date}}', '2027-01-14'),
      );
      const replies = page.getByTestId('messages').locator('[data-role="assistant"]');
      const questions = [
        'How much is shipping?',
        'Can I return a tea I already opened?',
        'Which tea is good for the evening?',
      ];
      for (const [i, question] of questions.entries()) {
        await page.getByLabel(L.try.chat.message, { exact: true }).fill(question);
        await page.getByRole('button', { name: L.try.chat.send, exact: true }).click();
        await expect(replies).toHaveCount(i + 1);
        await expect(page.getByRole('log')).toHaveAttribute('aria-busy', 'false');
      }
      await expect(replies).toHaveCount(3);
      // Replies are labelled by the friendly name, the full id as the label's title.
      await expect(replies.first().locator('.speaker')).toHaveText('teashop-v1');
      await expect(replies.first().locator('.speaker')).toHaveAttribute('title', fineTuned);

      const geometry = await page.evaluate(() => {
        const box = (el: Element | null) => el!.getBoundingClientRect();
        const setup = document.querySelector('[data-testid="setup-panel"] fieldset')!;
        const fields = [...setup.querySelectorAll('select, input')].map((el) => ({
          id: el.id,
          height: box(el).height,
        }));
        const select = setup.querySelectorAll('select')[1] as HTMLSelectElement;
        // The width the selected name needs in the select's own font (plus its arrow): never clipped.
        const canvas = document.createElement('canvas').getContext('2d')!;
        const style = getComputedStyle(select);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return {
          fields,
          prompt: { width: box(setup.querySelector('textarea:not(.copy-source)')).width },
          panel: box(document.querySelector('[data-testid="setup-panel"]')).width,
          conversation: box(document.querySelector('[data-testid="chat-main"]')).width,
          conversationHeight: box(document.querySelector('[data-testid="messages"]')).height,
          selectWidth: select.clientWidth,
          nameWidth: canvas.measureText(select.selectedOptions[0]!.text).width,
        };
      });
      // Measured numbers, for the issue note (stdout of the run).
      console.log(`chat geometry ${lang}: ${JSON.stringify(geometry)}`);
      expect(geometry.conversationHeight).toBeGreaterThan(300); // a long conversation is on screen
      for (const field of geometry.fields) expect(field.height, field.id).toBeLessThan(60);
      expect(geometry.prompt.width).toBeGreaterThan(200); // a system prompt one can read
      expect(geometry.conversation).toBeGreaterThan(geometry.panel);
      expect(geometry.selectWidth).toBeGreaterThanOrEqual(geometry.nameWidth + 16);
      await expectNoSidewaysScroll(page, 'Chat');
      await shot(page, 'chat', lang);

      // The full id on demand, and the panel folds away to give the conversation the whole width.
      await expect(panel.getByTestId('model-id')).toBeHidden();
      await panel.getByRole('button', { name: L.try.model.showId }).click();
      await expect(panel.getByTestId('model-id')).toHaveText(fineTuned);
      await panel.getByRole('button', { name: L.try.chat.setupHide }).press('Enter');
      await expect(panel.locator('fieldset')).toBeHidden();
      const folded = await page.evaluate(() => ({
        panel: document.querySelector('[data-testid="setup-panel"]')!.getBoundingClientRect().width,
        conversation: document.querySelector('[data-testid="chat-main"]')!.getBoundingClientRect().width,
      }));
      expect(folded.conversation).toBeGreaterThan(geometry.conversation + geometry.panel);
      await shot(page, 'chat-folded', lang);

      // 200 % zoom: the set-up sits above the conversation; nothing scrolls sideways, open or folded.
      await page.setViewportSize(ZOOMED);
      await expectNoSidewaysScroll(page, 'Chat at 200 %, folded');
      await panel.locator('.setup-toggle').click();
      await expect(panel.locator('fieldset')).toBeVisible();
      await expectNoSidewaysScroll(page, 'Chat at 200 %');
      await shot(page, 'chat-200', lang);
      await page.setViewportSize(DESKTOP);

      // Side by side: one border per column, replies level, selects unclipped.
      await page.locator('#try-tab-compare').click();
      await page.getByLabel(L.try.compare.message, { exact: true }).fill('How much is shipping?');
      await page.getByRole('button', { name: L.try.compare.send, exact: true }).click();
      for (const id of ['a', 'b', 'c'])
        await expect(page.getByTestId(`column-${id}`).getByTestId('reply')).toHaveAttribute(
          'data-done',
          'true',
        );
      const columns = await page.evaluate(() =>
        ['a', 'b', 'c'].map((id) => {
          const column = document.querySelector(`[data-testid="column-${id}"]`)!;
          const fieldset = column.querySelector('fieldset')!;
          const reply = column.querySelector('[data-testid="reply"]')!;
          const selects = [...column.querySelectorAll('select')].map((s) => ({
            clipped: s.getBoundingClientRect().right > column.getBoundingClientRect().right + 0.5,
          }));
          return {
            top: Math.round(column.getBoundingClientRect().top),
            fieldsetBorder: getComputedStyle(fieldset).borderTopWidth,
            replyTop: Math.round(reply.getBoundingClientRect().top),
            selects,
            speaker: reply.querySelector('.speaker')?.textContent,
          };
        }),
      );
      for (const column of columns) {
        expect(column.fieldsetBorder).toBe('0px');
        expect(column.selects.every((s) => !s.clipped)).toBe(true);
      }
      expect(columns[0]!.speaker).toBe('teashop-v1');
      expect(columns[1]!.speaker).toBe('gpt-4.1-mini');
      // Replies of columns in one row start at the same height, though set-up C has an extra field.
      for (const row of new Set(columns.map((c) => c.top))) {
        const inRow = columns.filter((c) => c.top === row);
        expect(new Set(inRow.map((c) => c.replyTop)).size).toBe(1);
      }
      // All three side by side at 1024 px.
      expect(columns.filter((c) => c.top === columns[0]!.top)).toHaveLength(3);
      await expectNoSidewaysScroll(page, 'Side by side');
      await shot(page, 'side-by-side', lang);
      await page.setViewportSize(ZOOMED);
      await expectNoSidewaysScroll(page, 'Side by side at 200 %');
      await shot(page, 'side-by-side-200', lang);
      await page.setViewportSize(DESKTOP);

      // Test set: the estimate before running, the report's sentences after, and no sideways scroll.
      await page.locator('#try-tab-test').click();
      await expect(page.getByTestId('test-estimate-summary')).toBeVisible();
      await expectNoSidewaysScroll(page, 'Test set, before running');
      await page.locator('.test-set button.primary').click();
      await expect(page.getByTestId('test-progress')).toHaveAttribute('data-status', 'finished', {
        timeout: 60_000,
      });
      await expect(page.getByTestId('report-summary').locator('p')).toHaveCount(3);
      await expect(page.getByTestId('report-summary').locator('p').first()).toContainText('teashop-v1');
      await expectNoSidewaysScroll(page, 'Test set report');
      await shot(page, 'test-set', lang);
      // The totals table's headers wrap between words, never inside one, and stay inside their cells.
      const headers = await totalsHeaderBreaks(page);
      console.log(`totals headers ${lang}: ${JSON.stringify(headers.widths)}`);
      expect(headers.brokenWords, 'header words broken mid-word').toEqual([]);
      expect(headers.overflowing, 'headers wider than their cell').toEqual([]);
      expect(headers.tableScrolls, 'totals table scrolls at 1024 px').toBe(false);
      // Chinese breaks between characters, but not one character a line (回覆數 read 回/覆/數): every
      // header has room for four 12 px characters.
      if (lang !== 'en') expect(Math.min(...headers.widths), 'narrowest header').toBeGreaterThanOrEqual(48);
      await shot(page, 'test-set-totals', lang, '[data-testid="totals"]');
      expect(app.blockedRequests).toEqual([]);
    });
  });
}
