// A Together job in the job view, end to end from the practice service: the run is followed by the same
// look main takes (lookAtJob through the Together adapter, practice clock moved), then rendered. Together
// reports steps on its events (`step` / `total_steps`) and loss on /metrics, not in OpenAI's "Step i/N"
// messages, so without the provider's trainingProgress the view showed neither.
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookAtJob } from '../../../../electron/main/services/training/jobSync';
import { JobView } from '../../../../renderer/features/train/job/JobView';
import { createI18n } from '../../../../renderer/i18n';
import { useNavigation } from '../../../../renderer/state/navigation';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import {
  BASE,
  startTogetherHarness,
  styledExamples,
  WHOLE_JOB_MS,
  type TogetherHarness,
} from '../../practice/together/harness';
import { adapterFor } from '../../providers/together/helpers';
import { installFakeBridge } from '../shell/fakeBridge';
import { runWith } from './fixtures';

let h: TogetherHarness;
afterEach(async () => h?.close());

async function show(run: TrainingRun, language = 'en') {
  const i18n = await createI18n(language, false);
  installFakeBridge({});
  return render(
    <I18nextProvider i18n={i18n}>
      <JobView run={run} />
    </I18nextProvider>,
  );
}

describe('JobView for a Together job', () => {
  beforeEach(() => useNavigation.setState({ route: 'train' }));

  it('shows "step N of M" from Together’s events and the loss chart from /metrics while it trains', async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h);
    // Uploaded as text by the harness: jsdom's own Uint8Array does not travel through Node's fetch.
    const fileId = await h.processedFile(styledExamples(16));
    const job = await adapter.createJob({
      clientRef: 'run_1',
      baseModel: BASE,
      trainingFileId: fileId,
      epochs: 2,
    });
    h.clock.advance(10_000 + 30_000); // pending + queued, then part of the training
    const start: TrainingRun = {
      ...runWith({ provider: 'together', phase: 'tracking' }),
      request: { ...runWith().request, baseModel: BASE },
      job: { ...runWith({}, 'running').job!, id: job.id, baseModel: BASE },
    };
    const { run } = await lookAtJob(adapter, start);
    const expected = await adapter.progress(job.id);
    expect(expected!.step).toBeGreaterThan(0);
    expect(expected!.step).toBeLessThan(expected!.total);
    expect(run.progress).toEqual({ step: expected!.step, totalSteps: expected!.total });
    expect(run.metrics.length).toBeGreaterThan(0);

    const view = await show(run);
    expect(screen.getByTestId('train-step').textContent).toBe(`step ${expected!.step} of ${expected!.total}`);
    expect(screen.getByTestId('train-reading')).toBeTruthy();
    view.unmount();

    // At the end the step reaches the total, in 繁體中文 too.
    h.clock.advance(WHOLE_JOB_MS);
    const done = (await lookAtJob(adapter, run)).run;
    expect(done.progress).toEqual({ step: expected!.total, totalSteps: expected!.total });
    expect(done.metrics.at(-1)!.step).toBeLessThanOrEqual(expected!.total);
    await show(done, 'zh-TW');
    expect(screen.getByTestId('train-step').textContent).toBe(
      `第 ${expected!.total} 步，共 ${expected!.total} 步`,
    );
  });
});
