// One user action, one job; one model, one deployment. For each of three failures that hide whether the
// create reached the service (503 after the job was made, a dropped socket, a hang until our timeout),
// 20 actions in a row through the Alibaba adapter leave exactly one job per action and one deployment per
// model on the practice service, which echoes the suffix and allows duplicate deployments (its defaults).
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultAction } from '../../../../electron/main/services/practice';
import { startAlibabaHarness, WHOLE_JOB_MS, type AlibabaHarness } from '../../practice/alibaba/harness';
import { adapterFor, trainingJsonl } from './helpers';

let h: AlibabaHarness;
afterEach(async () => h?.close());

const RUNS = 20;
/** The per-call budget: short where the fault is a hang (so each run costs one timeout), roomy elsewhere. */
const FAULTS: [string, FaultAction, number][] = [
  ['503 after the work was done', { kind: 'after-handler', status: 503 }, 10_000],
  ['a dropped socket', { kind: 'drop' }, 10_000],
  ['a hang until our timeout', { kind: 'hang' }, 600],
];

async function total(path: string): Promise<number> {
  return (await h.api<{ output: { total: number } }>('GET', `${path}?page_no=1&page_size=1`)).body.output
    .total;
}

describe.each(FAULTS)('Alibaba creation under %s', (_name, action, timeoutMs) => {
  it(`leaves exactly one job per action over ${RUNS} actions`, async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h, { interactiveTimeoutMs: timeoutMs });
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const ids = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const rule = h.service.faults.inject({ route: 'POST /api/v1/fine-tunes', action, times: 1 });
      const job = await adapter.createJob({
        clientRef: `run_${run}`,
        baseModel: 'qwen3-14b',
        trainingFileId: file.id,
      });
      expect(rule.hits).toBe(1);
      ids.add(job.id);
      expect(await total('/fine-tunes')).toBe(run + 1);
    }
    expect(ids.size).toBe(RUNS);
  });

  it(`leaves exactly one deployment per model over ${RUNS} deploys`, async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h, { interactiveTimeoutMs: timeoutMs });
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_d',
      baseModel: 'qwen3-14b',
      trainingFileId: file.id,
    });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await adapter.getJob(job.id)).fineTunedModel!;
    for (let run = 0; run < RUNS; run++) {
      const rule = h.service.faults.inject({ route: 'POST /api/v1/deployments', action, times: 1 });
      const deployment = await adapter.deployments.deploy(model);
      expect(rule.hits).toBe(1);
      expect(deployment.model).toBe(model);
      expect(await total('/deployments')).toBe(1);
      // Deploying again (a second click, a restart) finds it instead of making another.
      expect((await adapter.deployments.deploy(model)).id).toBe(deployment.id);
      expect(await total('/deployments')).toBe(1);
      await adapter.deployments.stop(deployment.id);
      expect(await total('/deployments')).toBe(0);
    }
  });
});
