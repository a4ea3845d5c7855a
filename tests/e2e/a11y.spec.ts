// Accessibility (issue 20), kept by tests: axe-core over every page and main state in all three languages
// and both colour schemes (one page per language × scheme that walks the states, so the browser is not
// relaunched per run), reflow at 320 px and at 200 % zoom, and where focus goes after the actions that
// replace the pressed button. Screenshots go to test-results/screenshots/a11y/.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goTo, LOCALES, openA11yApp, walk, type Language, type State } from './a11yApp';

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices: a violation of any impact fails. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;

async function axeViolations(page: Page, state: string): Promise<string[]> {
  // Only violations are collected: passes and "incomplete" results are the slow part to gather.
  const result = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map(
    (v) =>
      `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/**
 * Contrast of text drawn in SVG charts and illustrations (axe cannot check it, issue 20): each visible
 * <text>'s fill against what is under its centre (the topmost filled SVG shape there, else the nearest
 * HTML background), opacities blended over the page, by the WCAG 2.1 relative-luminance formula.
 * Text under 24 px as drawn (font size × the SVG's scale) needs 4.5:1, larger text 3:1.
 */
async function svgTextContrast(page: Page, state: string): Promise<string[]> {
  return page.evaluate((state) => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba | null => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a] = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r!, g!, b!, a ?? 1];
    };
    const over = (top: Rgba, base: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + base[i]! * (1 - a)).concat(1) as Rgba;
    };
    const luminance = (c: Rgba) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const htmlBackground = (el: Element): Rgba => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (e instanceof SVGElement) continue;
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg[3] > 0) return bg;
      }
      return parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
    };
    const out: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
      const box = text.getBoundingClientRect();
      if (box.width === 0 || !text.textContent?.trim()) continue;
      const style = getComputedStyle(text);
      const fill = parse(style.fill);
      if (!fill) continue;
      let base = htmlBackground(text);
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // The topmost filled shape drawn before the text whose fill covers the text's centre (works off
      // screen too, unlike elementsFromPoint).
      const svg = text.ownerSVGElement;
      const under = [
        ...(svg?.querySelectorAll<SVGGeometryElement>('circle, rect, ellipse, path, polygon') ?? []),
      ]
        .filter((shape) => {
          if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
          if (getComputedStyle(shape).fill === 'none') return false;
          const ctm = shape.getScreenCTM();
          if (!ctm || !svg) return false;
          const point = new DOMPoint(x, y).matrixTransform(ctm.inverse());
          return shape.isPointInFill(point);
        })
        .at(-1);
      if (under) {
        const shape = parse(getComputedStyle(under).fill);
        if (shape) base = over([...shape.slice(0, 3), shape[3] * opacityOf(under)] as Rgba, base);
      }
      const drawn = over([...fill.slice(0, 3), fill[3] * opacityOf(text)] as Rgba, base);
      const size = parseFloat(style.fontSize) * (text.getScreenCTM()?.a ?? 1);
      const need = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) ? 3 : 4.5;
      const r = ratio(drawn, base);
      if (r < need)
        out.push(
          `${state}: svg text "${text.textContent.trim()}" ${r.toFixed(2)}:1 < ${need}:1 (${style.fill})`,
        );
    }
    return out;
  }, state);
}

test.describe('axe: every page and state', () => {
  // 15 axe runs a test; on a busy 2-core machine each takes seconds.
  test.describe.configure({ timeout: 300_000 });
  for (const language of Object.keys(LOCALES) as Language[])
    for (const scheme of SCHEMES)
      test(`${language}, ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const a = await openA11yApp(page, language);
        const found: string[] = [];
        let runs = 0;
        await walk(page, a, async (state) => {
          runs += 1;
          found.push(...(await axeViolations(page, state)), ...(await svgTextContrast(page, state)));
        });
        test.info().annotations.push({ type: 'axe runs', description: String(runs) });
        expect(found).toEqual([]);
        expect(runs).toBe(15);
      });
});

/**
 * Everything that scrolls sideways: the page itself, or any element whose content is wider than its box
 * and that scrolls (overflow auto/scroll) or is the document. Clipped content (overflow hidden) is
 * reported too, since it cannot be reached at all.
 */
async function sidewaysScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${[...el.classList].map((c) => '.' + c).join('')}`;
    if (root.scrollWidth > root.clientWidth + 1) {
      // Name the innermost elements that stick out, so a failure says what to fix.
      const wide = [...document.querySelectorAll('body *')].filter(
        (el) =>
          el.getBoundingClientRect().right > root.clientWidth + 1 &&
          ![...el.children].some((c) => c.getBoundingClientRect().right > root.clientWidth + 1),
      );
      out.push(`page: ${root.scrollWidth} > ${root.clientWidth} (${wide.slice(0, 4).map(name).join(', ')})`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (!['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) continue;
      if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
      // Not regions: a field scrolls its own value, a one-line preview ends in "…" and opens in full,
      // and visually hidden text is clipped on purpose.
      if (el.matches('input, textarea, select') || style.textOverflow === 'ellipsis') continue;
      if (el.closest('.visually-hidden, .skip-link')) continue;
      // A data table is two-dimensional content, which WCAG 1.4.10 exempts from reflow: it may scroll
      // sideways inside a named region the keyboard can reach (tabindex 0), never the page itself.
      if (
        el.matches('[role="region"][aria-label][tabindex="0"]') &&
        el.firstElementChild?.tagName === 'TABLE'
      )
        continue;
      out.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth} (overflow-x ${style.overflowX})`);
    }
    return out;
  });
}

const SHOT_STATES: readonly State[] = ['learn', 'examples-checks', 'train-job', 'try-chat', 'try-compare'];
const REFLOW_STATES: readonly State[] = [
  ...SHOT_STATES,
  'welcome',
  'examples-editor',
  'train-confirm',
  'try-test',
  'settings',
];

test.describe('reflow: no sideways scrolling', () => {
  test.describe.configure({ timeout: 180_000 });
  // 320 CSS px is what 400 % zoom gives on a 1280 px wide window; 200 % zoom on 1280 × 820 is the same
  // layout as a 640 × 410 window drawn at device scale factor 2 (what Chromium's zoom does to CSS px).
  const SIZES = [
    { name: '320px', viewport: { width: 320, height: 256 }, deviceScaleFactor: 1 },
    { name: '200pct', viewport: { width: 640, height: 410 }, deviceScaleFactor: 2 },
  ];
  for (const language of ['en', 'zh-CN'] as const)
    for (const size of SIZES)
      test(`${language} at ${size.name}`, async ({ browser }) => {
        const context = await browser.newContext({
          viewport: size.viewport,
          deviceScaleFactor: size.deviceScaleFactor,
        });
        const page = await context.newPage();
        const a = await openA11yApp(page, language);
        const found: string[] = [];
        await walk(
          page,
          a,
          async (state) => {
            found.push(...(await sidewaysScrolling(page)).map((s) => `${state}: ${s}`));
            if (SHOT_STATES.includes(state))
              await page.screenshot({
                path: `test-results/screenshots/a11y/${state}-${language}-${size.name}.png`,
                fullPage: true,
              });
          },
          REFLOW_STATES,
        );
        await context.close();
        expect(found).toEqual([]);
      });
});

test.describe('focus stays where the user is', () => {
  test.describe.configure({ timeout: 120_000 });
  test('after each action that replaces the pressed button', async ({ page }) => {
    const a = await openA11yApp(page, 'en');
    const focused = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'none');

    // Welcome: the prompt goes away; focus goes to the page's heading.
    await page.getByRole('button', { name: 'Start in practice mode' }).press('Enter');
    await expect(page.locator('main h1')).toBeFocused();

    // Check examples: the button stays mounted and focused while the check runs and after.
    await goTo(page, 'examples');
    await page.getByTestId('sample-brand-voice-flawed').getByRole('button').click();
    await page.getByRole('tab', { name: 'Checks' }).click();
    const check = page.getByRole('button', { name: 'Check examples' });
    await check.press('Enter');
    await expect(check, await focused()).toBeFocused();
    await expect(page.getByTestId('group-pii_email')).toBeVisible({ timeout: 30_000 });
    await expect(check, await focused()).toBeFocused();

    // Check my data and the cost → the confirmation's heading; Start training → the job's heading.
    await goTo(page, 'train');
    await page.getByTestId('train-new').click();
    await expect(page.getByTestId('model-facts')).toBeVisible();
    await page.getByTestId('train-source').selectOption(a.projectId);
    await page.getByRole('button', { name: 'Check my data and the cost' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Check before you start' })).toBeFocused();
    // Back to the form and forward again: each time the new step's heading has focus.
    await page.getByRole('button', { name: 'Change settings' }).press('Enter');
    await expect(page.locator('#train-start-title')).toBeFocused();
    await page.getByRole('button', { name: 'Check my data and the cost' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Check before you start' })).toBeFocused();
    await page.getByTestId('train-start').press('Enter');
    await expect(page.getByTestId('train-job').getByRole('heading', { level: 2 })).toBeFocused();
    a.advance(80_000);

    // Send: focus goes to the message box while the reply streams, and is still there after it.
    await goTo(page, 'try');
    await page.locator('#try-project').selectOption(a.projectId);
    await page.getByRole('tab', { name: 'Chat' }).click();
    const box = page.getByLabel('Message', { exact: true });
    await box.fill('How much is shipping?');
    await page.getByRole('button', { name: 'Send', exact: true }).press('Enter');
    await expect(box).toBeFocused();
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('messages').locator('[data-role="assistant"]')).toHaveCount(1);
    await expect(box, await focused()).toBeFocused();
    // The next Tab from the message box reaches the Send button, not the top of the page.
    await box.fill('And to Taichung?');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeFocused();

    // Send to all (side by side): the same.
    await page.getByRole('tab', { name: 'Side by side' }).click();
    const all = page.getByLabel('One message for every set-up');
    await all.fill('Can I return a tea I already opened?');
    await page.getByRole('button', { name: 'Send to all' }).press('Enter');
    await expect(page.getByTestId('column-a').getByTestId('reply')).toHaveAttribute('data-done', 'true', {
      timeout: 30_000,
    });
    await expect(all, await focused()).toBeFocused();
  });
});

test.describe('names, languages and announcements', () => {
  test.describe.configure({ timeout: 120_000 });
  test('in the Simplified Chinese UI', async ({ page }) => {
    const a = await openA11yApp(page, 'zh-CN');
    await page.getByTestId('first-run-prompt').locator('button.primary').click();

    // The practice badge is a status, not a Tab stop; its hint opens from a real button.
    const badge = page.getByTestId('practice-badge');
    await expect(badge).not.toHaveAttribute('tabindex');
    const more = badge.getByRole('button', { name: '什么是练习模式？' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(badge.locator('.practice-hint')).toBeVisible();

    // Language options speak their own language; arrow keys only mark a choice, Enter applies it.
    const select = page.getByTestId('language-select');
    await expect(select.locator('option[value="zh-TW"]')).toHaveAttribute('lang', 'zh-TW');
    await expect(select.locator('option[value="en"]')).toHaveAttribute('lang', 'en');
    await select.focus();
    await page.keyboard.press('ArrowDown'); // "same as system" → English, not applied
    await expect(select).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(a.app.services.settings.get().language).toBe('system');
    await expect(page.getByTestId('language-apply')).toHaveText('Apply');
    await expect(page.getByTestId('language-apply')).toHaveAttribute('lang', 'en');
    await page.keyboard.press('ArrowUp'); // back to the saved choice: nothing pending
    await expect(page.getByTestId('language-apply')).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // 繁體中文
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect.poll(() => a.app.services.settings.get().language).toBe('zh-TW');
    await expect(select).toBeFocused();
    await select.selectOption('system'); // a choice made in the list applies at once
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    // Checks: every button has its own name (one "Show" per example, one fix per group).
    await goTo(page, 'examples');
    await page.getByTestId('sample-brand-voice-flawed').getByRole('button').click();
    await page.getByRole('tab').nth(1).click();
    await page.locator('.checks button.primary').click();
    await expect(page.getByTestId('group-pii_email')).toBeVisible({ timeout: 30_000 });
    const names = await page
      .locator('.checks button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim()));
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(names.filter((n) => /^显示示例 \d+：/.test(n ?? '')).length).toBeGreaterThan(5);

    // Try: English text in the Chinese UI carries lang="en"; the chat is a log, quiet while it streams.
    await goTo(page, 'try');
    await page.locator('#try-project').selectOption(a.projectId);
    await page.getByRole('tab').nth(0).click();
    const log = page.getByRole('log');
    await expect(log).toHaveAttribute('aria-busy', 'false');
    await page.locator('.chat .composer textarea').fill('How much is shipping?');
    await page.locator('.chat .composer button[type="submit"]').click();
    await expect(log.locator('[data-role="user"] p')).toHaveAttribute('lang', 'en');
    await expect(log.locator('[data-role="assistant"] .markdown')).toHaveAttribute('lang', 'en', {
      timeout: 30_000,
    });
    await expect(log).toHaveAttribute('aria-busy', 'false');
    await expect(log.locator('[data-role="assistant"]')).toHaveCount(1);

    // Side by side says once that every reply is in; the test-set progress is a status.
    await page.getByRole('tab').nth(1).click();
    await page.locator('.compare .composer textarea').fill('Can I return a tea I already opened?');
    await page.locator('.compare .composer button[type="submit"]').click();
    await expect(page.getByTestId('compare-status')).toHaveText('所有回复都已收到。', { timeout: 30_000 });
    await expect(page.getByTestId('compare-status')).toHaveAttribute('role', 'status');
    await page.getByRole('tab').nth(2).click();
    await page.locator('.test-set button.primary').click();
    const progress = page.getByRole('status').filter({ has: page.locator('progress') });
    await expect(progress).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  });
});
