// Train end to end in Chromium against the practice service: the real renderer, the real main-process
// services (AppServices on a temp userData folder) and the OpenAI adapter over the in-process practice API.
// The practice clock is a manual clock the test moves (so every stage can be seen and photographed), and
// the poller runs on real timers sped up 50× (its 5 s first look takes 0.1 s, its one-minute cap 1.2 s).
import { expect, test, type Page } from '@playwright/test';
import { createManualClock, type ManualClock } from '../../electron/main/services/practice';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import { recordingNotifier } from '../../electron/main/services/training/Notifier';
import { DEFAULT_SEED } from '../../shared/domain/projects/split';
import type { TrainingRun } from '../../shared/domain/training/types';
import { startHarness, type Harness } from './harness';

const DURATIONS = { validatingMs: 10_000, queuedMs: 10_000, runningMs: 60_000 };
const FAST: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms / 50),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
/** The page scrolls inside <main>, so a tall window (not fullPage) is what shows a whole job view. */
async function shot(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 820 };
  await page.setViewportSize({ width: 1280, height: 1900 });
  await page.screenshot({ path: `test-results/screenshots/train-${name}.png` });
  await page.setViewportSize(size);
}

interface TrainApp {
  app: Harness;
  clock: ManualClock;
  notifier: ReturnType<typeof recordingNotifier>;
}

async function openTrainApp(
  page: Page,
  options: {
    clock?: ManualClock;
    userDataDir?: string;
    afterJobCreated?: (run: TrainingRun) => Promise<void>;
  } = {},
): Promise<TrainApp> {
  const clock = options.clock ?? createManualClock();
  const notifier = recordingNotifier();
  const app = await startHarness(page, {
    locale: 'en-US',
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    practiceClock: clock,
    practiceDurations: DURATIONS,
    training: {
      notifier,
      timers: FAST,
      now: () => clock.now(),
      ...(options.afterJobCreated ? { afterJobCreated: options.afterJobCreated } : {}),
    },
  });
  return { app, clock, notifier };
}

/** The brand-voice sample as an Examples project, split 80/10/10 (48 to train on, 6 to check with). */
async function sampleProject(app: Harness): Promise<string> {
  const opened = await app.services.samples.open(app.services.projects, 'brand-voice', 'en');
  await app.services.projects.applySplit(opened.meta.id, { preset: '80-10-10', seed: DEFAULT_SEED });
  return opened.meta.id;
}

async function goToTrain(page: Page, firstRun = true) {
  // A new user answers the first-run "connect or practise" prompt once; after a restart it is gone.
  if (firstRun) await page.getByRole('button', { name: 'Start in practice mode' }).click();
  await page.locator('button[data-route="train"]').click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'train');
}

/** Fills the start form and reaches the cost confirmation. */
async function planRun(page: Page, suffix: string) {
  await page.getByTestId('train-new').click();
  await expect(page.getByTestId('train-source').locator('option')).not.toHaveCount(0);
  await expect(page.getByTestId('model-facts')).toBeVisible();
  await page.getByTestId('train-suffix').fill(suffix);
  await page.getByRole('button', { name: 'Check my data and the cost' }).click();
  await expect(page.getByTestId('train-cost')).toBeVisible();
}

const stage = (page: Page, name: string) =>
  page.locator(`[data-testid="train-timeline"] [data-stage="${name}"]`);
const jobCount = async (app: Harness) =>
  (await app.services.providers.get('practice').listJobs({ limit: 100 })).data.length;

test.describe('train', () => {
  // Each test walks a whole job through several stages (and two app starts); on a busy 2-core machine
  // that can take longer than the default minute, so allow two.
  test.describe.configure({ timeout: 120_000 });

  test('from start to success, stage by stage, with screenshots', async ({ page }) => {
    const { app, clock, notifier } = await openTrainApp(page);
    await sampleProject(app);
    await goToTrain(page);
    await page.getByTestId('train-new').click();
    await expect(page.getByTestId('model-facts')).toContainText('Longest example it accepts: 65,536 tokens');
    await expect(page.getByTestId('model-shutdown')).toContainText('2027-01-14');
    await page.getByTestId('train-suffix').fill('kettle');
    await page.locator('details.advanced summary').click();
    await expect(page.getByText('How big each learning step is.', { exact: false })).toBeVisible();
    await shot(page, '1-start');

    await page.getByRole('button', { name: 'Check my data and the cost' }).click();
    await expect(page.getByTestId('train-data-summary')).toContainText(
      '48 examples to train on, 6 to check with',
    );
    await expect(page.getByTestId('train-epochs-reason')).toContainText('3 epochs, chosen automatically');
    await expect(page.getByTestId('train-formula')).toContainText(
      'tokens × 3 epochs × US$5 per million tokens',
    );
    await expect(page.getByTestId('train-reply-cost')).toContainText('the base model costs');
    await expect(page.getByText('Nothing has left this computer yet.')).toBeVisible();
    expect(app.services.practice.faults.requests).toHaveLength(0); // nothing sent before the user confirms
    await shot(page, '2-confirm');

    await page.getByTestId('train-start').click();
    await expect(page.getByTestId('train-job')).toBeVisible();
    await expect(stage(page, 'checking')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('train-status')).toContainText('The provider is checking your file.');
    await shot(page, '3-checking');

    clock.advance(DURATIONS.validatingMs);
    await expect(stage(page, 'waiting')).toHaveAttribute('data-state', 'current');
    await shot(page, '4-waiting');

    clock.advance(DURATIONS.queuedMs + DURATIONS.runningMs / 2);
    await expect(stage(page, 'training')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('train-step')).toContainText(/step \d+ of \d+/);
    await expect(page.getByTestId('train-chart')).toBeVisible();
    await expect(page.getByTestId('train-status')).toContainText('Expected to finish around');
    await shot(page, '5-training');

    clock.advance(DURATIONS.runningMs);
    await expect(page.getByTestId('train-success')).toContainText(
      'Your model is ready: ft:gpt-4.1-mini-2025-04-14:personal:kettle:',
    );
    await expect(stage(page, 'done')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('train-reading')).toHaveAttribute(
      'data-reading',
      /still-learning|learned|memorising/,
    );
    await expect(page.getByTestId('train-checkpoints').getByRole('row')).not.toHaveCount(1);
    await expect(page.getByTestId('train-events')).toContainText('The job has successfully completed');
    await shot(page, '6-done');
    expect(notifier.shown.map((n) => n.title)).toEqual(['Training finished']);
    expect(await jobCount(app)).toBe(1);
    expect(app.blockedRequests).toEqual([]);

    await page
      .getByTestId('train-checkpoints')
      .getByRole('button', { name: 'Try this checkpoint' })
      .last()
      .click();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'try');
  });

  test('a restart in the middle: the job continues and finishes, once', async ({ page, context }) => {
    const first = await openTrainApp(page);
    await sampleProject(first.app);
    await goToTrain(page);
    await planRun(page, 'restart');
    await page.getByTestId('train-start').click();
    await expect(stage(page, 'checking')).toHaveAttribute('data-state', 'current');
    first.clock.advance(DURATIONS.validatingMs + DURATIONS.queuedMs + DURATIONS.runningMs / 3);
    await expect(page.getByTestId('train-step')).toBeVisible();

    // Quit: main stops polling and the practice "server" keeps its state; then start again on the same folder.
    first.app.services.training.dispose();
    await first.app.services.practice.dispose();
    await page.close();
    const page2 = await context.newPage();
    const second = await openTrainApp(page2, { clock: first.clock, userDataDir: first.app.userDataDir });
    expect(second.app.services.training.poller.watched()).toHaveLength(1);
    await goToTrain(page2, false);
    await page2
      .getByTestId('train-runs')
      .getByRole('button', { name: /restart/ })
      .click();
    await expect(stage(page2, 'training')).toHaveAttribute('data-state', 'current');
    second.clock.advance(DURATIONS.runningMs);
    await expect(page2.getByTestId('train-success')).toBeVisible();
    await shot(page2, 'restart-done');
    expect(await jobCount(second.app)).toBe(1);
    const run = second.app.services.training.runs()[0];
    expect(new Set(run?.events.map((e) => e.id)).size).toBe(run?.events.length);
    expect(new Set(run?.metrics.map((m) => m.step)).size).toBe(run?.progress?.totalSteps);
    expect(second.notifier.shown).toHaveLength(1);
  });

  test('a crash between job creation and saving it: reconciled after restart, not duplicated', async ({
    page,
    context,
  }) => {
    // The process "dies" the moment the provider answers the create call: nothing after it runs.
    const first = await openTrainApp(page, { afterJobCreated: () => new Promise(() => undefined) });
    await sampleProject(first.app);
    await goToTrain(page);
    await planRun(page, 'crash');
    await page.getByTestId('train-start').click();
    await expect.poll(() => first.app.services.practice.faults.count('POST /fine_tuning/jobs')).toBe(1);
    await expect(page.getByTestId('train-status')).toContainText('Starting the training job');
    expect(first.app.services.training.runs()[0]?.job).toBeNull(); // never saved here

    first.app.services.training.dispose();
    await first.app.services.practice.dispose();
    await page.close();
    const page2 = await context.newPage();
    const second = await openTrainApp(page2, { clock: first.clock, userDataDir: first.app.userDataDir });
    await goToTrain(page2, false);
    await page2.getByTestId('train-runs').getByRole('button', { name: /crash/ }).click();
    await expect(stage(page2, 'checking')).toHaveAttribute('data-state', 'current');
    second.clock.advance(DURATIONS.validatingMs + DURATIONS.queuedMs + DURATIONS.runningMs);
    await expect(page2.getByTestId('train-success')).toBeVisible();
    expect(await jobCount(second.app)).toBe(1);
    expect(second.app.services.practice.faults.count('POST /fine_tuning/jobs')).toBe(0); // found by clientRef
    await shot(page2, 'crash-reconciled');
  });

  test('too few examples: the start is blocked, and a job that failed for it says how many to add', async ({
    page,
  }) => {
    const { app, clock, notifier } = await openTrainApp(page);
    const opened = await app.services.samples.open(app.services.projects, 'brand-voice', 'en');
    const few = opened.examples.slice(0, 7);
    await app.services.projects.replaceExamples(opened.meta.id, few);
    await goToTrain(page);
    await planRun(page, 'few');
    await expect(page.getByTestId('train-data-errors')).toContainText('Too few examples');
    await expect(page.getByTestId('train-start')).toBeDisabled();
    await shot(page, 'blocked');

    // A job started elsewhere with 5 examples, imported from the account.
    const provider = app.services.providers.get('practice');
    const lines =
      few
        .slice(0, 5)
        .map((e) => JSON.stringify(e.example))
        .join('\n') + '\n';
    const file = await provider.uploadTrainingFile('five.jsonl', new TextEncoder().encode(lines));
    await provider.createJob({
      clientRef: 'made-elsewhere',
      baseModel: 'gpt-4.1-mini-2025-04-14',
      trainingFileId: file.id,
    });
    await page.getByTestId('train-import').click();
    await page.getByTestId('train-runs').getByRole('button').first().click();
    clock.advance(DURATIONS.validatingMs);
    await expect(page.getByTestId('train-failure')).toBeVisible();
    await expect(page.getByTestId('train-next-step')).toHaveText(
      'Add at least 5 more examples: the file had 5, and training needs 10.',
    );
    await expect(page.getByTestId('train-failure')).toContainText('Training file has 5 example(s)');
    await expect(stage(page, 'checking')).toHaveAttribute('data-state', 'failed');
    await shot(page, 'failed');
    expect(notifier.shown.map((n) => n.title)).toEqual(['Training stopped with a problem']);

    await page.locator('[data-testid="language-select"]').selectOption('zh-TW');
    await expect(page.getByTestId('train-next-step')).toHaveText(
      '請再加至少 5 筆範例：檔案裡有 5 筆，訓練需要 10 筆。',
    );
    await page.locator('[data-testid="language-select"]').selectOption('zh-CN');
    await expect(page.getByTestId('train-next-step')).toHaveText(
      '请再添加至少 5 条示例：文件里有 5 条，训练需要 10 条。',
    );
  });

  test('cancel: an upload in flight, then a running job, each after a confirmation', async ({ page }) => {
    const { app, clock, notifier } = await openTrainApp(page);
    await sampleProject(app);
    await goToTrain(page);
    const hang = app.services.practice.faults.inject({ route: 'POST /files', action: { kind: 'hang' } });
    await planRun(page, 'upload-stop');
    await page.getByTestId('train-start').click();
    await expect(page.getByTestId('train-status')).toContainText('Sending your examples');
    await expect(page.getByTestId('train-upload-progress')).toBeVisible();
    await shot(page, 'uploading');
    await page.getByTestId('train-cancel-upload').click();
    await page.getByTestId('train-cancel-upload-confirm').click();
    await expect(page.getByTestId('train-status')).toContainText('You cancelled the upload');
    hang.remove();
    expect(await jobCount(app)).toBe(0);

    await planRun(page, 'job-stop');
    await page.getByTestId('train-start').click();
    await expect(stage(page, 'checking')).toHaveAttribute('data-state', 'current');
    clock.advance(DURATIONS.validatingMs + DURATIONS.queuedMs + DURATIONS.runningMs / 4);
    await expect(page.getByTestId('train-step')).toBeVisible();
    await page.getByTestId('train-cancel').click();
    await expect(page.getByText('Cancel this training?', { exact: false })).toBeVisible();
    await page.getByTestId('train-cancel-confirm').click();
    await expect(page.getByTestId('train-status')).toContainText('Cancelled.');
    await expect(stage(page, 'training')).toHaveAttribute('data-state', 'cancelled');
    await shot(page, 'cancelled');
    await expect.poll(() => app.services.training.poller.watched()).toEqual([]);
    expect(notifier.shown).toEqual([]);
  });
});
