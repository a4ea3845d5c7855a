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
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

test.describe('axe: every page and state', () => {
  test.describe.configure({ timeout: 180_000 });
  for (const language of Object.keys(LOCALES) as Language[])
    for (const scheme of SCHEMES)
      test(`${language}, ${scheme}`, async ({ page }) => {
        const T0 = Date.now();
        await page.emulateMedia({ colorScheme: scheme });
        const a = await openA11yApp(page, language);
        const found: string[] = [];
        let runs = 0;
        await walk(page, a, async (state) => {
          runs += 1;
          const t0 = Date.now();
          found.push(...(await axeViolations(page, state)));
          if (process.env.A11Y_TIMING) console.log(state, Date.now() - t0, 'ms axe, at', Date.now() - T0);
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
  return page.evaluate((debug) => {
    const process = { env: { A11Y_DEBUG: debug } };
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
      if (process.env.A11Y_DEBUG) {
        let el: Element | null = wide[0] ?? null;
        while (el) {
          out.push(`  ${name(el)} ${JSON.stringify(el.getBoundingClientRect())}`);
          el = el.parentElement;
        }
      }
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
      out.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth} (overflow-x ${style.overflowX})`);
    }
    return out;
  }, process.env.A11Y_DEBUG ?? '');
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
