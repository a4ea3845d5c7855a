// Issue 8 end to end: a newcomer reads the explainer, answers the questionnaire by keyboard in each
// language and lands on the recommended next page; glossary terms open on keyboard focus.
import { expect, test } from '@playwright/test';
import { recommend, type Answers } from '../../shared/domain/learn';
import { startHarness } from './harness';

const ANSWERS: Answers = {
  goal: 'format-style',
  promptTried: 'works-but-long',
  factsChange: 'rarely',
  examples: '50-to-500',
  dataMayLeave: 'yes',
  budget: 'enough',
  volume: 'over-100k',
};

const LANGS = [
  ['en', 'en-US'],
  ['zh-TW', 'zh-TW'],
  ['zh-CN', 'zh-CN'],
] as const;

for (const [language, locale] of LANGS) {
  test(`questionnaire in ${language}: answered by keyboard, recommendation, next step`, async ({
    page,
  }, testInfo) => {
    await startHarness(page, { locale });
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const firstHeading = page.locator('main h1').first();
    await expect(firstHeading).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/learn-explainer-${language}.png` });
    await page.screenshot({ path: testInfo.outputPath(`learn-explainer-${language}.png`) });

    for (const [question, value] of Object.entries(ANSWERS)) {
      const radio = page.locator(`fieldset[data-question="${question}"] input[value="${value}"]`);
      await radio.focus();
      await page.keyboard.press('Space');
      await expect(radio).toBeChecked();
    }
    await page.locator('form button[type="submit"]').focus();
    await page.keyboard.press('Enter');

    const expected = recommend(ANSWERS);
    const result = page.locator('section.learn-result');
    await expect(result).toHaveAttribute('data-plan', expected.plan.join('+'));
    expect(expected.plan).toContain('fine-tune');
    for (const reason of expected.reasons)
      await expect(result.locator(`[data-reason="${reason.code}"]`)).toBeVisible();
    await expect(page.locator('#learn-result-title')).toBeFocused();
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/learn-recommendation-${language}.png` });

    const nextButton = result.locator('.learn-result__actions button').first();
    await nextButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toHaveAttribute('data-page', expected.next.route);
  });
}

test('glossary terms open on keyboard focus and close with Escape', async ({ page }) => {
  await startHarness(page, { locale: 'en-US' });
  const term = page.locator('[data-term]').first();
  await expect(term).toBeVisible();
  // Reach it with Tab from the top of the page, as a keyboard user would.
  await page.locator('main').focus();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await term.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(term).toBeFocused();
  const tipId = await term.getAttribute('aria-describedby');
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});
