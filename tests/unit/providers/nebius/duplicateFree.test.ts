// One user action, one job; one trained model, one deployment. For each of three failures that hide
// whether the create reached Nebius (503 after the object was made, a dropped socket, a hang until our
// timeout), 20 actions in a row through the Nebius adapter leave exactly one job per action and one
// custom model per trained model on the practice service (which itself would happily make duplicates).
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultAction } from '../../../../electron/main/services/practice';
import {
  startNebiusHarness,
  TUNE_BASE,
  WHOLE_JOB_MS,
  type NebiusHarness,
} from '../../practice/nebius/harness';
import { adapterFor, trainingJsonl } from './helpers';

let h: NebiusHarness;
afterEach(async () => h?.close());

const RUNS = 20;
/** The per-call budget: short where the fault is a hang (so each run costs one timeout), roomy elsewhere. */
const FAULTS: [string, FaultAction, number][] = [
  ['503 after the work was done', { kind: 'after-handler', status: 503 }, 10_000],
  ['a dropped socket', { kind: 'drop' }, 10_000],
  ['a hang until our timeout', { kind: 'hang' }, 600],
];

async function jobCount(): Promise<number> {
  return (await h.call<{ data: unknown[] }>('GET', '/v1/fine_tuning/jobs?limit=100')).body.data.length;
}

async function liveModels(): Promise<{ name: string; status: string }[]> {
  return (await h.call<{ name: string; status: string }[]>('GET', '/v0/models')).body;
}

describe.each(FAULTS)('Nebius creation under %s', (_name, action, timeoutMs) => {
  it(`leaves exactly one job per action over ${RUNS} actions`, async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h, { interactiveTimeoutMs: timeoutMs });
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const ids = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const rule = h.service.faults.inject({ route: 'POST /v1/fine_tuning/jobs', action, times: 1 });
      const job = await adapter.createJob({
        clientRef: `run_${run}`,
        baseModel: TUNE_BASE,
        trainingFileId: file.id,
      });
      expect(rule.hits).toBe(1);
      ids.add(job.id);
      expect(await jobCount()).toBe(run + 1);
      // The same action again (a second click, a restart) finds the job instead of making another.
      expect(
        (await adapter.createJob({ clientRef: `run_${run}`, baseModel: TUNE_BASE, trainingFileId: file.id }))
          .id,
      ).toBe(job.id);
      expect(await jobCount()).toBe(run + 1);
    }
    expect(ids.size).toBe(RUNS);
  });

  it(`leaves exactly one deployment per trained model over ${RUNS} deploys`, async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h, { interactiveTimeoutMs: timeoutMs });
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_d',
      baseModel: TUNE_BASE,
      trainingFileId: file.id,
    });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await adapter.getJob(job.id)).fineTunedModel!;
    expect(model).toMatch(/^ftjob-[0-9a-f]{32}:ftckpt_/);
    for (let run = 0; run < RUNS; run++) {
      const rule = h.service.faults.inject({ route: 'POST /v0/models', action, times: 1 });
      const deployment = await adapter.deployments.deploy(model);
      expect(rule.hits).toBe(1);
      expect(deployment.model).toBe(model);
      expect(await liveModels()).toHaveLength(1);
      expect((await adapter.deployments.deploy(model)).id).toBe(deployment.id);
      expect(await liveModels()).toHaveLength(1);
      await adapter.deployments.stop(deployment.id);
      expect(await liveModels()).toHaveLength(0);
    }
  });
});
