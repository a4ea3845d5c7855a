// The Train Start form drawn from the provider's fields, in Chromium with the real main-process services:
// with an Alibaba key (the built-in Alibaba practice service's), the form offers LoRA or full training with
// why LoRA, Alibaba's own learning rate and no seed, and refuses an out-of-range rate on its field.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALIBABA_PRACTICE_KEYS } from '../../electron/main/services/practice/alibaba';
import { DEFAULT_SEED } from '../../shared/domain/projects/split';
import { startHarness } from './harness';

const TODAY = new Date('2026-12-05T09:00:00Z');
const SHOTS = 'test-results/screenshots';

test('Alibaba’s Start form in Simplified Chinese: LoRA by default with why, its learning rate refused on the field', async ({
  page,
}) => {
  const app = await startHarness(page, { locale: 'zh-CN', now: () => TODAY });
  const opened = await app.services.samples.open(app.services.projects, 'brand-voice', 'zh-CN');
  await app.services.projects.applySplit(opened.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });
  await page.getByTestId('first-run-prompt').getByRole('button', { name: '连接账号' }).click();
  const card = page.getByTestId('provider-alibaba');
  await card.getByLabel('阿里云百炼 的 API 密钥').fill(ALIBABA_PRACTICE_KEYS.singapore);
  await card.getByRole('button', { name: '保存密钥' }).click();
  await expect(card.getByTestId('training-verdict')).toContainText('可以');
  await card.getByRole('button', { name: '用这个账号训练' }).click();
  await expect(card).toContainText('用于训练');

  await page.locator('button[data-route="train"]').click();
  await page.getByTestId('train-new').click();
  await expect(page.getByTestId('model-facts')).toContainText('8,192');
  const method = page.getByRole('group', { name: '训练方式' });
  await expect(method).toContainText('只有 LoRA 模型能按 token 计费');
  await expect(method.getByRole('radio', { name: /LoRA（efficient_sft）/ })).toBeChecked();
  await expect(page.getByTestId('train-seed')).toHaveCount(0);

  await page.locator('details.advanced summary').click();
  const rate = page.getByLabel('学习率', { exact: true });
  await rate.fill('0.5');
  await expect(page.getByTestId('run-field-alibabaLearningRate')).toContainText(
    '请输入大于 0、最多 0.01 的数字',
  );
  await expect(page.getByRole('button', { name: '检查我的数据和费用' })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/train-fields-alibaba-zh-CN.png`, fullPage: true });
  // The choice group, its radios and the refused field pass axe (WCAG 2.1 A/AA and best practices).
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
    [],
  );
  await rate.fill('2e-5');
  await expect(page.getByRole('button', { name: '检查我的数据和费用' })).toBeEnabled();
});
