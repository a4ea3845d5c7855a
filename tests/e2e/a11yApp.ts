// Shared by the accessibility specs (tests/e2e/a11y.spec.ts): one app per test on the practice service,
// with a project ready to train and to try, and a walk through every page and main state that calls
// `visit(state)` at each stop. Selectors avoid translated text, so the same walk runs in every language.
import { expect, type Page } from '@playwright/test';
import { createManualClock } from '../../electron/main/services/practice';
import type { PollTimers } from '../../electron/main/services/training/JobPoller';
import { recordingNotifier } from '../../electron/main/services/training/Notifier';
import { openBrandVoice, seedFineTunedModel } from '../unit/tryout/appHelpers';
import { startHarness, type Harness } from './harness';

export const LOCALES = { en: 'en-US', 'zh-TW': 'zh-TW', 'zh-CN': 'zh-CN' } as const;
export type Language = keyof typeof LOCALES;

const DURATIONS = { validatingMs: 10_000, queuedMs: 10_000, runningMs: 60_000 };
/** The job poller on real timers sped up 50× (as in train.spec.ts). */
const FAST: PollTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms / 50),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface A11yApp {
  app: Harness;
  /** The split brand-voice project (the one trained on and tried). */
  projectId: string;
  advance(ms: number): void;
}

/** The app in `language` with the brand-voice sample split (to train on) and a fine-tuned model (to try). */
export async function openA11yApp(page: Page, language: Language): Promise<A11yApp> {
  const clock = createManualClock();
  const app = await startHarness(page, {
    locale: LOCALES[language],
    practiceClock: clock,
    practiceDurations: DURATIONS,
    training: { notifier: recordingNotifier(), timers: FAST, now: () => clock.now() },
    dialogs: { showOpenDialog: async () => null, showSaveDialog: async () => null },
  });
  const project = await openBrandVoice(app.services);
  seedFineTunedModel(app.services, project.train);
  await page.reload();
  await expect(page.getByTestId('first-run-prompt')).toBeVisible();
  return { app, projectId: project.projectId, advance: (ms) => clock.advance(ms) };
}

export const goTo = async (page: Page, route: string) => {
  await page.locator(`button[data-route="${route}"]`).click();
  await expect(page.locator('main')).toHaveAttribute('data-page', route);
  // Pages load lazily: `main` names the page before its content (and its h1) has rendered, and an axe
  // run in between reports a page without a heading (seen once in six on a clean CI run).
  await expect(page.locator('main h1')).toBeVisible();
};

const tab = (page: Page, index: number) => page.getByRole('tab').nth(index);

/** States, in walking order; each name is the key the specs use for screenshots and reports. */
export type State =
  | 'welcome'
  | 'learn'
  | 'examples-projects'
  | 'examples-editor'
  | 'examples-import'
  | 'examples-checks'
  | 'examples-stats'
  | 'examples-split'
  | 'train-start'
  | 'train-confirm'
  | 'train-job'
  | 'try-chat'
  | 'try-compare'
  | 'try-test'
  | 'settings';

/**
 * Walks every page and main state of one app, calling `visit` at each. `only` limits the stops visited
 * (the walk itself still passes through every state it needs to reach them).
 */
export async function walk(
  page: Page,
  a: A11yApp,
  visit: (state: State) => Promise<void>,
  only?: readonly State[],
): Promise<void> {
  const at = async (state: State) => {
    if (!only || only.includes(state)) await visit(state);
  };
  // The first page loads lazily too: scan it only once its heading is there (see goTo).
  await expect(page.locator('main h1')).toBeVisible();
  await at('welcome');
  await page.getByTestId('first-run-prompt').locator('button.primary').click();
  await expect(page.getByTestId('first-run-prompt')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
  await at('learn');

  await goTo(page, 'examples');
  await expect(page.getByTestId('sample-brand-voice-flawed')).toBeVisible();
  await at('examples-projects');
  await page.getByTestId('sample-brand-voice-flawed').getByRole('button').click();
  await expect(page.getByTestId('example-list')).toBeVisible();
  await at('examples-editor');
  await page.locator('.workspace-bar button.primary').click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await at('examples-import');
  await page.locator('.import-panel > .row.spread button').click();
  await expect(page.getByTestId('drop-zone')).toHaveCount(0);
  await tab(page, 1).click();
  await page.locator('.checks button.primary').click();
  await expect(page.getByTestId('group-pii_email')).toBeVisible({ timeout: 30_000 });
  await at('examples-checks');
  await tab(page, 2).click();
  await expect(page.getByTestId('cost-formula')).toBeVisible();
  await at('examples-stats');
  await tab(page, 3).click();
  await expect(page.getByTestId('split-preset')).toBeVisible();
  await at('examples-split');

  await goTo(page, 'train');
  await page.getByTestId('train-new').click();
  await expect(page.getByTestId('model-facts')).toBeVisible();
  await page.getByTestId('train-source').selectOption(a.projectId);
  await page.getByTestId('train-suffix').fill('kettle');
  await at('train-start');
  await page.locator('form button[type="submit"].primary').click();
  await expect(page.getByTestId('train-cost')).toBeVisible();
  await at('train-confirm');
  await page.getByTestId('train-start').click();
  await expect(page.getByTestId('train-job')).toBeVisible();
  const stage = (name: string) => page.locator(`[data-testid="train-timeline"] [data-stage="${name}"]`);
  await expect(stage('checking')).toHaveAttribute('data-state', 'current');
  a.advance(DURATIONS.validatingMs);
  await expect(stage('waiting')).toHaveAttribute('data-state', 'current');
  a.advance(DURATIONS.queuedMs + DURATIONS.runningMs / 2);
  await expect(stage('training')).toHaveAttribute('data-state', 'current');
  await expect(page.getByTestId('train-chart')).toBeVisible();
  await expect(page.getByTestId('train-step')).toBeVisible();
  await at('train-job');

  await goTo(page, 'try');
  await page.locator('#try-project').selectOption(a.projectId);
  await expect(page.getByRole('tab')).toHaveCount(3);
  await tab(page, 0).click();
  await page.locator('.chat .composer textarea').fill('How much is shipping?');
  await page.locator('.chat .composer button[type="submit"]').click();
  await expect(page.locator('[data-testid="messages"] [data-role="assistant"]')).toHaveCount(1);
  await expect(page.locator('.chat .composer button[type="submit"]')).toBeVisible({ timeout: 30_000 });
  await at('try-chat');
  await tab(page, 1).click();
  await page.locator('.compare .composer textarea').fill('Can I return a tea I already opened?');
  await page.locator('.compare .composer button[type="submit"]').click();
  for (const id of ['a', 'b', 'c'])
    await expect(page.getByTestId(`column-${id}`).getByTestId('reply')).toHaveAttribute('data-done', 'true', {
      timeout: 30_000,
    });
  await at('try-compare');
  await tab(page, 2).click();
  await page.locator('.test-set button.primary').click();
  await expect(page.getByTestId('test-progress')).toHaveAttribute('data-status', 'finished', {
    timeout: 30_000,
  });
  await at('try-test');

  await goTo(page, 'settings');
  await at('settings');
}
