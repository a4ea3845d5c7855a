// A crash between the deploy call and saving its answer: the record was saved as `requested` before the
// call, so the next start asks the Alibaba practice service for the model's deployment and adopts it
// instead of creating a second one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DeploymentsService,
  openDeploymentStore,
  withDeployments,
} from '../../../electron/main/services/deployments';
import type { DeploymentRecord } from '../../../shared/domain/deployments/types';
import { startAlibabaHarness, WHOLE_JOB_MS, type AlibabaHarness } from '../practice/alibaba/harness';
import { adapterFor, trainingJsonl } from '../providers/alibaba/helpers';
import { fakeTimers } from '../training/fakeTimers';

let h: AlibabaHarness;
let dir: string;
const services: DeploymentsService[] = [];
afterEach(async () => {
  for (const s of services) s.dispose();
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('deployments after a crash', () => {
  it('are reconciled by the model name: one deployment, adopted, then watched until ready', async () => {
    h = await startAlibabaHarness();
    dir = await mkdtemp(path.join(tmpdir(), 'deploy-crash-'));
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_x',
      baseModel: 'qwen3-14b',
      trainingFileId: file.id,
    });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await adapter.getJob(job.id)).fineTunedModel!;
    const timers = fakeTimers(async () => {
      for (const s of services) await s.poller.settled();
    });
    const open = async (afterDeployCalled?: (r: DeploymentRecord) => Promise<void>) => {
      const service = new DeploymentsService({
        store: await openDeploymentStore(dir),
        providers: { get: () => adapter },
        now: () => h.clock.now(),
        emitChanged: () => undefined,
        timers,
        ...(afterDeployCalled ? { afterDeployCalled } : {}),
      });
      services.push(service);
      return service;
    };

    // The provider accepted the deploy; the app dies before the answer is saved (the promise never settles).
    let reached = false;
    const first = await open(() => {
      reached = true;
      return new Promise<void>(() => undefined);
    });
    void first.deploy({ provider: 'alibaba', model, runId: 'run_x' });
    await vi.waitFor(() => expect(reached).toBe(true));
    expect(first.list()).toMatchObject([{ phase: 'requested', providerId: null }]);
    first.dispose();

    const second = await open();
    expect(second.resumeAll()).toEqual([]);
    await vi.waitFor(() => expect(second.poller.watched()).toHaveLength(1));
    expect(second.list()[0]).toMatchObject({ phase: 'known', state: 'deploying' });
    const listed = await h.api<{ output: { total: number } }>('GET', '/deployments');
    expect(listed.body.output.total).toBe(1);

    h.clock.advance(WHOLE_JOB_MS);
    await timers.advance(60_000);
    expect(second.list()[0]).toMatchObject({ state: 'ready', raw: 'RUNNING', model });
    expect(second.forModel('alibaba', model)?.chatModel).toBe(second.list()[0]!.providerId);
    expect((await h.api<{ output: { total: number } }>('GET', '/deployments')).body.output.total).toBe(1);

    // Try speaks of the trained model; the wrapper answers through its deployment and records the use.
    const tryView = withDeployments(adapter, second);
    expect((await tryView.listModels()).filter((m) => m.fineTuned).map((m) => m.id)).toEqual([model]);
    const reply = await tryView.chat(model, [{ role: 'user', content: 'Do you have cake 2?' }]);
    expect(reply.text.length).toBeGreaterThan(0);
    expect(second.list()[0]!.lastUsedAt).toBe(h.clock.now());
  });
});
