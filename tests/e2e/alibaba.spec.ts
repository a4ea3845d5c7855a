// Alibaba Model Studio in Chromium with the real main-process services, through the built-in Alibaba practice
// service reached by the same adapter as a real key. First a newcomer's whole path in 简体中文 with a Beijing
// key: connect → import a CSV → check it → train qwen3-14b → deploy it from the job view (per token, plan
// lora) → chat with it → side by side against base Qwen and base Qwen + few-shot. Then the screens that
// changed, in 繁體中文 with a Singapore key: Accounts, Train's start, cost and job view, and Try's offer to
// deploy the trained model, then side by side. The practice clock is a manual clock the test moves (training
// and deploying finish without waiting); the pollers run on real timers sped up 50×.
// Screenshots: test-results/screenshots/alibaba-<n>-<step>-<locale>.png.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createManualClock, type ManualClock } from '../../electron/main/services/practice';
import { ALIBABA_DURATIONS, ALIBABA_PRACTICE_KEYS } from '../../electron/main/services/practice/alibaba';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import type { DialogPort } from '../../electron/main/services/projects/DialogPort';
import { DEFAULT_SEED } from '../../shared/domain/projects/split';
import type { RunPlan } from '../../shared/domain/training/plan';
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

/** The last plan Train showed (what the user confirmed): billed tokens per epoch and the epochs. */
function confirmedPlan(app: Harness): RunPlan {
  const line = app.ipcLog.findLast((l) => l.startsWith('{"route":"training.plan"'));
  return (JSON.parse(line!) as { result: { data: RunPlan } }).result.data;
}

/** Connects an Alibaba practice key through Settings → Accounts and uses it for training. */
async function connect(page: Page, text: ConnectText, key: string, region: string) {
  await page.getByTestId('first-run-prompt').getByRole('button', { name: text.connect }).click();
  const card = page.getByTestId('provider-alibaba');
  await expect(card).toContainText(text.whereKey);
  await card.getByLabel(text.keyLabel).fill(key);
  await card.getByRole('button', { name: text.save }).click();
  // Saving checks the key at once: the other region's host refuses it, its own accepts it.
  await expect(card.getByTestId('training-verdict')).toContainText(text.verdictYes);
  await expect(card.getByTestId('alibaba-region')).toContainText(region);
  await expect(card.getByTestId('base-models')).toContainText('qwen3-14b');
  await card.getByRole('button', { name: text.use }).click();
  await expect(card).toContainText(text.inUse);
}

interface ConnectText {
  connect: string;
  whereKey: string;
  keyLabel: string;
  save: string;
  verdictYes: string;
  use: string;
  inUse: string;
}

/** Train qwen3-14b on the first source, moving the practice clock through every stage; returns the model. */
async function train(
  page: Page,
  app: Harness,
  clock: ManualClock,
  locale: string,
  checkLabel: string,
  currency?: string,
) {
  await go(page, 'train');
  await page.getByTestId('train-new').click();
  await expect(page.getByTestId('train-source').locator('option')).not.toHaveCount(0);
  await page.getByTestId('train-model').selectOption('qwen3-14b');
  await expect(page.getByTestId('model-facts')).toContainText('8,192');
  await page.getByTestId('train-suffix').fill('tea');
  await shot(page, 4, 'train-start', locale);
  await page.getByRole('button', { name: checkLabel }).click();
  await expect(page.getByTestId('train-cost')).toBeVisible();
  if (currency) await expect(page.getByTestId('train-cost')).toContainText(currency);
  await shot(page, 5, 'train-cost', locale);
  const plan = confirmedPlan(app);
  await page.getByTestId('train-start').click();
  await expect(page.getByTestId('train-job')).toBeVisible();
  // The job exists on the service once it is waiting (Alibaba's PENDING and QUEUING both read "waiting").
  await expect(stage(page, 'waiting')).toHaveAttribute('data-state', 'current');
  clock.advance(DURATIONS.pendingMs + DURATIONS.queuingMs + DURATIONS.runningMs / 2);
  await expect(stage(page, 'training')).toHaveAttribute('data-state', 'current');
  await expect(page.getByTestId('train-chart')).toBeVisible();
  await shot(page, 6, 'training', locale);
  clock.advance(DURATIONS.runningMs);
  await expect(page.getByTestId('train-success')).toContainText('qwen3-14b');
  const job = app.services.training.runs()[0]!.job!;
  // Billed as confirmed: the job trained the estimate's epochs, on tokens counted the way the estimate counts.
  expect(job.epochs).toBe(plan.epochs.epochs);
  expect(job.trainedTokens).toBe(plan.tokens.billedPerEpoch * plan.epochs.epochs);
  await expect(page.getByTestId('train-success')).toContainText(job.trainedTokens!.toLocaleString('en'));
  await shot(page, 7, 'trained', locale);
  return job.fineTunedModel!;
}

/** Side by side with three set-ups: the trained (deployed) model, base Qwen, base Qwen + few-shot. */
async function sideBySide(
  page: Page,
  text: { tab: string; message: string; send: string; addThird: string; currency: 'CNY' | 'USD' },
  question: string,
) {
  await page.getByRole('tab', { name: text.tab }).click();
  // A panel first shown before the deployed model existed (two set-ups) keeps two columns: add the third.
  if ((await page.getByTestId('column-c').count()) === 0)
    await page.getByRole('button', { name: text.addThird }).click();
  await expect(page.getByTestId('column-c')).toBeVisible();
  await page.getByLabel(text.message).fill(question);
  await page.getByRole('button', { name: text.send }).click();
  for (const id of ['a', 'b', 'c']) {
    const column = page.getByTestId(`column-${id}`);
    await expect(column.getByTestId('reply')).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
    // Every column shows its measured figures; the cost is in the account region's currency (a figure, or
    // "—" where Alibaba's price for the model is not published).
    await expect(column.locator('[data-figure="promptTokens"]')).toHaveText(/^\d+$/);
    await expect(column.locator('[data-figure="replyTokens"]')).toHaveText(/^\d+$/);
    await expect(column.locator('[data-figure="cost"]')).toHaveAttribute('data-currency', text.currency);
  }
  const prompt = async (id: string) =>
    Number(await page.getByTestId(`column-${id}`).locator('[data-figure="promptTokens"]').textContent());
  expect(await prompt('c')).toBeGreaterThan(await prompt('b')); // a few examples ride along in C's prompt
}

const setupModel = (page: Page, id: string, label: string) =>
  page.getByTestId(`setup-${id}`).getByLabel(label, { exact: true });

test.describe('alibaba', () => {
  // A whole path through four pages, two practice-clock jobs and a deployment on a busy 2-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('a newcomer in 简体中文: connect → import a CSV → check → train qwen3-14b → deploy → chat → side by side', async ({
    page,
  }) => {
    const { app, clock } = await openApp(page, 'zh-CN');

    // 1. Connect a Beijing key (a China account).
    await connect(
      page,
      {
        connect: '连接账号',
        whereKey: '在百炼控制台的 API Key 页面创建密钥',
        keyLabel: '阿里云百炼 的 API 密钥',
        save: '保存密钥',
        verdictYes: '可以',
        use: '用这个账号训练',
        inUse: '用于训练',
      },
      ALIBABA_PRACTICE_KEYS.beijing,
      '北京（人民币）',
    );
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

    // 4. Train qwen3-14b.
    const trained = await train(page, app, clock, 'zh-CN', '检查我的数据和费用');

    // 5. Deploy from the job view: per token (plan lora), nothing while idle, ready after its start-up time.
    const deploy = page.getByTestId('deploy-panel');
    await expect(deploy.getByTestId('deploy-button')).toHaveText('部署后对话（按 token 计费，闲置不收费）');
    await expect(deploy).toContainText('通常 5–10 分钟后可用');
    await expect(deploy.getByTestId('deploy-token-price')).toContainText('每百万 token：输入');
    await deploy.getByTestId('deploy-button').click();
    await expect(deploy.getByTestId('deploy-state')).toContainText('正在部署');
    await shot(page, 8, 'deploying', 'zh-CN');
    clock.advance(DURATIONS.deployingMs);
    await expect(deploy.getByTestId('deploy-state')).toContainText('已部署', { timeout: 30_000 });
    await shot(page, 9, 'deployed', 'zh-CN');
    expect(app.services.deployments.list()).toMatchObject([
      { provider: 'alibaba', model: trained, state: 'ready', raw: 'RUNNING', billing: { kind: 'per-token' } },
    ]);

    // 6. Chat: Try lists the deployed model, and talks to it through its deployed_model.
    await go(page, 'try');
    const offer = page.getByTestId('deploy-offer-item');
    await expect(offer).toHaveAttribute('data-state', 'ready');
    await expect(offer).toContainText('已部署：可以在下面的方案里选它作为模型。');
    await expect(setupModel(page, 'a', '模型')).toHaveValue(trained);
    await expect(setupModel(page, 'b', '模型')).toHaveValue('qwen3-14b');
    await expect(setupModel(page, 'c', '模型')).toHaveValue('qwen3-14b');
    await page.getByRole('tab', { name: '对话' }).click();
    await page.getByLabel('消息').fill('运费多少？');
    await page.getByRole('button', { name: '发送', exact: true }).click();
    const reply = page.getByTestId('messages').locator('[data-role="assistant"]').last();
    await expect(reply).toContainText('茶友您好！满一百元免运费。', { timeout: 30_000 });
    expect(app.services.deployments.list()[0]!.lastUsedAt).not.toBeNull(); // answered by the deployment
    await shot(page, 10, 'chat', 'zh-CN');

    // 7. Side by side.
    await sideBySide(
      page,
      {
        tab: '并排比较',
        message: '一条消息，发给每个方案',
        send: '全部发送',
        addThird: '加入第三个方案',
        currency: 'CNY',
      },
      '可以退货吗？',
    );
    await expect(page.getByTestId('column-a').getByTestId('reply')).toContainText('茶友您好');
    await shot(page, 11, 'side-by-side', 'zh-CN');
    expect(app.services.deployments.list()).toHaveLength(1);
    expect(app.blockedRequests).toEqual([]);
  });

  test('the screens that changed, in 繁體中文: a Singapore key, Qwen prices in US$, deploying from Try', async ({
    page,
  }) => {
    const { app, clock } = await openApp(page, 'zh-TW');
    // Examples did not change for Alibaba: the project is the shipped 繁體中文 sample, split 80/10/10.
    const sample = await app.services.samples.open(app.services.projects, 'brand-voice', 'zh-TW');
    await app.services.projects.applySplit(sample.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });

    await connect(
      page,
      {
        connect: '連結帳號',
        whereKey: '在百煉主控台的 API Key 頁面建立金鑰',
        keyLabel: '阿里雲百煉 的 API 金鑰',
        save: '儲存金鑰',
        verdictYes: '可以',
        use: '用這個帳號訓練',
        inUse: '用於訓練',
      },
      ALIBABA_PRACTICE_KEYS.singapore,
      '新加坡（美元）',
    );
    await shot(page, 1, 'connect', 'zh-TW');

    const trained = await train(page, app, clock, 'zh-TW', '檢查我的資料和費用', 'US$');
    await expect(page.getByTestId('deploy-panel').getByTestId('deploy-button')).toHaveText(
      '部署後對話（按 token 計費，閒置不收費）',
    );

    // Try offers to deploy the trained model, with how it is billed and how long it takes.
    await go(page, 'try');
    const offer = page.getByTestId('deploy-offer-item');
    await expect(offer).toHaveAttribute('data-state', 'none');
    await expect(offer).toContainText(trained);
    await expect(offer).toContainText('通常 5–10 分鐘後可用。');
    // What its tokens cost: the Singapore price of base qwen3-14b, in US dollars.
    await expect(offer.getByTestId('deploy-token-price')).toContainText('每百萬 token：輸入 US$0.35');
    await shot(page, 8, 'try-deploy-offer', 'zh-TW');
    await offer.getByRole('button', { name: '部署後對話（按 token 計費，閒置不收費）' }).click();
    await expect(offer).toHaveAttribute('data-state', 'deploying');
    await expect(offer).toContainText('正在部署');
    clock.advance(DURATIONS.deployingMs);
    await expect(offer).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(offer).toContainText('已部署：可以在下面的方案裡選它作為模型。');
    // The deployed model joins the set-ups as soon as it is ready.
    await expect(setupModel(page, 'a', '模型')).toHaveValue(trained);
    await expect(setupModel(page, 'b', '模型')).toHaveValue('qwen3-14b');
    await shot(page, 9, 'try-deployed', 'zh-TW');

    await sideBySide(
      page,
      {
        tab: '並排比較',
        message: '一則訊息，送給每個方案',
        send: '全部送出',
        addThird: '加入第三個方案',
        currency: 'USD',
      },
      '可以退貨嗎？',
    );
    await expect(page.getByTestId('column-a').getByTestId('reply')).toContainText('茶友您好');
    await shot(page, 11, 'side-by-side', 'zh-TW');
    expect(app.services.deployments.list()).toHaveLength(1);
    expect(app.blockedRequests).toEqual([]);
  });
});
