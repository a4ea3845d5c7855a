// One user action, one job; one model, one endpoint and one deployment. For each of three failures that hide
// whether the create reached Together (503 after the object was made, a dropped socket, a hang until our
// timeout), 20 actions in a row through the Together adapter leave exactly one object per action.
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultAction } from '../../../../electron/main/services/practice';
import {
  BASE,
  startTogetherHarness,
  WHOLE_JOB_MS,
  type TogetherHarness,
} from '../../practice/together/harness';
import { adapterFor, processedFile } from './helpers';

let h: TogetherHarness;
afterEach(async () => h?.close());

const RUNS = 20;
const ENDPOINTS = '/v2/projects/proj_practice/endpoints';
/** The per-call budget: short where the fault is a hang (so each run costs one timeout), roomy elsewhere. */
const FAULTS: [string, FaultAction, number][] = [
  ['503 after the work was done', { kind: 'after-handler', status: 503 }, 10_000],
  ['a dropped socket', { kind: 'drop' }, 10_000],
  ['a hang until our timeout', { kind: 'hang' }, 600],
];

const jobCount = async () => (await h.call<{ data: unknown[] }>('GET', '/v1/fine-tunes')).body.data.length;
const endpoints = async () =>
  (await h.call<{ data: { id: string; deployments: unknown[] }[] }>('GET', `${ENDPOINTS}?limit=100`)).body
    .data;

describe.each(FAULTS)('Together creation under %s', (_name, action, timeoutMs) => {
  it(`leaves exactly one job per action over ${RUNS} actions`, async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h, { interactiveTimeoutMs: timeoutMs });
    const file = await processedFile(h, adapter);
    const ids = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const rule = h.service.faults.inject({ route: 'POST /v1/fine-tunes', action, times: 1 });
      const job = await adapter.createJob({
        clientRef: `run_${run}`,
        baseModel: BASE,
        trainingFileId: file.id,
      });
      expect(rule.hits).toBe(1);
      ids.add(job.id);
      expect(await jobCount()).toBe(run + 1);
      // The same action again (a second click, a restart) finds its job instead of making another.
      expect(
        (await adapter.createJob({ clientRef: `run_${run}`, baseModel: BASE, trainingFileId: file.id })).id,
      ).toBe(job.id);
    }
    expect(ids.size).toBe(RUNS);
    expect(await jobCount()).toBe(RUNS);
  });

  it(`leaves exactly one endpoint and one deployment per model over ${RUNS} starts`, async () => {
    h = await startTogetherHarness();
    const adapter = adapterFor(h, { interactiveTimeoutMs: timeoutMs });
    const file = await processedFile(h, adapter);
    const job = await adapter.createJob({ clientRef: 'run_d', baseModel: BASE, trainingFileId: file.id });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await adapter.getJob(job.id)).fineTunedModel!;
    for (let run = 0; run < RUNS; run++) {
      // Half the runs break the endpoint's creation, half the deployment's.
      const route = run % 2 === 0 ? `POST ${ENDPOINTS}` : `POST ${ENDPOINTS}/:id/deployments`;
      const rule = h.service.faults.inject({ route, action, times: 1 });
      const deployment = await adapter.deployments.deploy(model, { autoStopMinutes: 15 });
      expect(rule.hits).toBe(1);
      const listed = await endpoints();
      expect(listed).toHaveLength(1);
      expect(listed[0]!.deployments).toHaveLength(1);
      expect((await adapter.deployments.deploy(model)).id).toBe(deployment.id);
      expect((await endpoints())[0]!.deployments).toHaveLength(1);
      await adapter.deployments.stop(deployment.id);
      expect(await endpoints()).toHaveLength(0);
    }
  });
});
