// Alibaba Model Studio in Chromium with the real main-process services: a newcomer's whole path in 简体中文,
// then the screens that changed in 繁體中文. Connect an Alibaba key (the built-in Alibaba practice service's
// Beijing key, reached through the same adapter as a real key) → import a CSV → check it → train qwen3-14b →
// deploy it (per token, plan lora) → chat with it → side by side against base Qwen and base Qwen + few-shot.
// The practice clock is a manual clock the test moves (training and deploying finish without waiting), and
// the pollers run on real timers sped up 50×. Screenshots: test-results/screenshots/alibaba-<n>-<step>-<locale>.png.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createManualClock, type ManualClock } from '../../electron/main/services/practice';
import { ALIBABA_DURATIONS, ALIBABA_PRACTICE_KEYS } from '../../electron/main/services/practice/alibaba';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import type { DialogPort } from '../../electron/main/services/projects/DialogPort';
import { startHarness, type Harness } from './harness';

const TODAY = Date.UTC(2026, 11, 5, 9, 0, 0);
const SHOTS = 'test-results/screenshots';
const FAST: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms / 50),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
/** The practice service's phase lengths on its (manual) clock: PENDING → QUEUING → RUNNING → SUCCEEDED. */
const DURATIONS = ALIBABA_DURATIONS.app;

/** A small tea shop's customer questions in Simplified Chinese (one system prompt column). */
const ROWS = [
  ['请问订单什么时候发货？', '茶友您好！订单会在两天内发货。'],
  ['可以退货吗？', '茶友您好！七天内可以退货。'],
  ['乌龙茶怎么泡？', '茶友您好！用九十度的水泡一分钟。'],
  ['有礼盒吗？', '茶友您好！有三种礼盒可选。'],
  ['可以刷卡吗？', '茶友您好！可以用信用卡付款。'],
  ['运费多少？', '茶友您好！满一百元免运费。'],
  ['茶叶怎么保存？', '茶友您好！请放在阴凉干燥处。'],
  ['有不含咖啡因的茶吗？', '茶友您好！有花草茶。'],
  ['门店在哪里？', '茶友您好！在杭州市西湖区。'],
  ['可以开发票吗？', '茶友您好！可以开电子发票。'],
  ['绿茶能放多久？', '茶友您好！密封冷藏可以放一年。'],
  ['有试喝装吗？', '茶友您好！有五克的试喝装。'],
  ['可以送到外地吗？', '茶友您好！全国都可以送。'],
  ['普洱茶要洗茶吗？', '茶友您好！建议先洗一次茶。'],
  ['会员有折扣吗？', '茶友您好！会员九五折。'],
  ['周末营业吗？', '茶友您好！周末照常营业。'],
  ['怎么联系客服？', '茶友您好！在订单页面点“联系客服”。'],
  ['红茶可以加奶吗？', '茶友您好！红茶加奶很好喝。'],
  ['快递用哪家？', '茶友您好！默认用顺丰。'],
  ['订单可以改地址吗？', '茶友您好！发货前可以改。'],
];
const CSV =
  '客户问题,客服回复,系统提示\n' + ROWS.map(([q, a]) => `${q},${a},你是小壶茶铺的客服`).join('\n') + '\n';

async function shot(page: Page, n: number, step: string, locale: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 820 };
  // The page scrolls inside <main>, so a tall window (not fullPage) is what shows a whole page.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.screenshot({ path: `${SHOTS}/alibaba-${n}-${step}-${locale}.png` });
  await page.setViewportSize(size);
}

async function openApp(page: Page, locale: string): Promise<{ app: Harness; clock: ManualClock }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-alibaba-e2e-'));
  const source = path.join(dir, '客服问答.csv');
  await fs.writeFile(source, CSV);
  const dialogs: DialogPort = { showOpenDialog: async () => source, showSaveDialog: async () => null };
  const clock = createManualClock(TODAY);
  const app = await startHarness(page, {
    locale,
    now: () => new Date(clock.now()),
    dialogs,
    practiceClock: clock,
    training: { timers: FAST, now: () => clock.now() },
  });
  return { app, clock };
}

const stage = (page: Page, name: string) =>
  page.locator(`[data-testid="train-timeline"] [data-stage="${name}"]`);

const go = async (page: Page, route: 'examples' | 'train' | 'try' | 'settings') => {
  await page.locator(`button[data-route="${route}"]`).click();
  await expect(page.locator('main')).toHaveAttribute('data-page', route);
};

test.describe('alibaba', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a newcomer in Simplified Chinese: connect → import → check → train qwen3-14b → deploy → chat → side by side', async ({
    page,
  }) => {
    const { app, clock } = await openApp(page, 'zh-CN');

    // 1. Connect: saving checks the key at once (Singapore refuses it, Beijing accepts it).
    await page.getByTestId('first-run-prompt').getByRole('button', { name: '连接账号' }).click();
    const card = page.getByTestId('provider-alibaba');
    await expect(card).toContainText('在百炼控制台的 API Key 页面创建密钥');
    await expect(card.getByTestId('alibaba-region')).toContainText('第一次使用密钥时');
    await card.getByLabel('阿里云百炼 的 API 密钥').fill(ALIBABA_PRACTICE_KEYS.beijing);
    await card.getByRole('button', { name: '保存密钥' }).click();
    await expect(card.getByTestId('training-verdict')).toContainText('可以');
    await expect(card.getByTestId('alibaba-region')).toContainText('北京（人民币）');
    await expect(card.getByTestId('base-models')).toContainText('qwen3-14b');
    await card.getByRole('button', { name: '用这个账号训练' }).click();
    await expect(card).toContainText('用于训练');
    await shot(page, 1, 'connect', 'zh-CN');

    // 2. Import a CSV with Chinese headers.
    await go(page, 'examples');
    await page.getByLabel('新项目名称').fill('小壶茶铺客服');
    await page.getByRole('button', { name: '创建项目' }).click();
    await page.getByRole('button', { name: '选择文件…' }).click();
    await expect(page.getByTestId('column-mapping')).toBeVisible();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect(page.getByTestId('import-done')).toContainText(String(ROWS.length));
    await shot(page, 2, 'import', 'zh-CN');

    // 3. Check, then split so Train has a training part and a part to check with.
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查示例' }).click();
    await expect(page.getByTestId('check-summary')).toBeVisible({ timeout: 30_000 });
    await shot(page, 3, 'check', 'zh-CN');
    await page.getByRole('tab', { name: '划分与导出' }).click();
    await page.getByTestId('split-preset').selectOption('80-10-10');
    await page.getByRole('button', { name: '划分', exact: true }).click();
    await expect(page.getByTestId('split-counts')).toContainText('16');

    // 4. Train qwen3-14b on Alibaba.
    await go(page, 'train');
    await page.getByTestId('train-new').click();
    await expect(page.getByTestId('train-source').locator('option')).not.toHaveCount(0);
    await page.getByTestId('train-model').selectOption('qwen3-14b');
    await expect(page.getByTestId('model-facts')).toBeVisible();
    await page.getByTestId('train-suffix').fill('tea');
    await shot(page, 4, 'train-start', 'zh-CN');
    await page.getByRole('button', { name: '检查我的数据和费用' }).click();
    await expect(page.getByTestId('train-cost')).toBeVisible();
    await expect(page.getByTestId('train-data-summary')).toContainText('16');
    await shot(page, 5, 'train-cost', 'zh-CN');
    await page.getByTestId('train-start').click();
    await expect(page.getByTestId('train-job')).toBeVisible();
    // The job exists on the service once it is waiting (Alibaba's PENDING and QUEUING both read "waiting").
    await expect(stage(page, 'waiting')).toHaveAttribute('data-state', 'current');
    clock.advance(DURATIONS.pendingMs + DURATIONS.queuingMs + DURATIONS.runningMs / 2);
    await expect(stage(page, 'training')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('train-chart')).toBeVisible();
    await shot(page, 6, 'training', 'zh-CN');
    clock.advance(DURATIONS.runningMs);
    await expect(page.getByTestId('train-success')).toContainText('qwen3-14b');
    await shot(page, 7, 'trained', 'zh-CN');
    const trained = app.services.training.runs()[0]!.job!.fineTunedModel!;

    // 5. Deploy: per token (plan lora), nothing while idle; ready once the service's start-up time passed.
    const deploy = page.getByTestId('deploy-panel');
    await expect(deploy.getByTestId('deploy-button')).toHaveText('部署后对话（按 token 计费，闲置不收费）');
    await expect(deploy).toContainText('通常 5–10 分钟后可用');
    await deploy.getByTestId('deploy-button').click();
    await expect(deploy.getByTestId('deploy-state')).toContainText('正在部署');
    await shot(page, 8, 'deploying', 'zh-CN');
    clock.advance(DURATIONS.deployingMs);
    await expect(deploy.getByTestId('deploy-state')).toContainText('已部署', { timeout: 30_000 });
    await shot(page, 9, 'deployed', 'zh-CN');
    const [deployment] = app.services.deployments.list();
    expect(deployment).toMatchObject({ provider: 'alibaba', model: trained, state: 'ready', raw: 'RUNNING' });
    expect(app.services.deployments.list()).toHaveLength(1);

    // 6. Chat with the trained model: Try calls it by its deployed_model and shows the trained name.
    await go(page, 'try');
    await expect(page.getByTestId('setup-a')).toBeVisible();
    await page.getByRole('tab', { name: '对话' }).click();
    await page.getByLabel('消息').fill('运费多少？');
    await page.getByRole('button', { name: '发送', exact: true }).click();
    const reply = page.getByTestId('messages').locator('[data-role="assistant"]').last();
    await expect(reply).toContainText('茶友您好', { timeout: 30_000 });
    await shot(page, 10, 'chat', 'zh-CN');

    // 7. Side by side: the deployed model, base Qwen, and base Qwen with a few examples in the prompt.
    await page.getByRole('tab', { name: '并排比较' }).click();
    await page.getByLabel('一条消息，发给每个方案').fill('可以退货吗？');
    await page.getByRole('button', { name: '全部发送' }).click();
    for (const id of ['a', 'b', 'c'])
      await expect(page.getByTestId(`column-${id}`).getByTestId('reply')).toHaveAttribute(
        'data-done',
        'true',
        {
          timeout: 30_000,
        },
      );
    await shot(page, 11, 'side-by-side', 'zh-CN');
    expect(app.blockedRequests).toEqual([]);
  });
});
