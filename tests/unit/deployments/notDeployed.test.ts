// Chatting with an Alibaba fine-tune before it is deployed (e.g. "Try your model" straight from the job
// view): Try says it is not deployed yet, not the provider's "no such model"; once ready it answers through
// its deployment. Base models chat as before.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DeploymentsService,
  openDeploymentStore,
  withDeployments,
} from '../../../electron/main/services/deployments';
import { AppError } from '../../../shared/ipc/errors';
import { startAlibabaHarness, WHOLE_JOB_MS, type AlibabaHarness } from '../practice/alibaba/harness';
import { adapterFor, trainingJsonl } from '../providers/alibaba/helpers';
import { fakeTimers } from '../training/fakeTimers';

let h: AlibabaHarness;
let dir: string;
let service: DeploymentsService | undefined;
afterEach(async () => {
  service?.dispose();
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (e: unknown) => (e instanceof AppError ? e.ipcError.code : String(e)),
  );

describe('chat with a trained model that needs a deployment', () => {
  it('says "not deployed" before and while deploying, and answers once ready', async () => {
    h = await startAlibabaHarness();
    dir = await mkdtemp(path.join(tmpdir(), 'deploy-not-yet-'));
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_y',
      baseModel: 'qwen3-14b',
      trainingFileId: file.id,
    });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await adapter.getJob(job.id)).fineTunedModel!;
    const timers = fakeTimers(async () => service?.poller.settled());
    service = new DeploymentsService({
      store: await openDeploymentStore(dir),
      providers: { get: () => adapter },
      now: () => h.clock.now(),
      emitChanged: () => undefined,
      timers,
    });
    const tryView = withDeployments(adapter, service);
    const turns = [{ role: 'user' as const, content: 'Do you have cake 2?' }];

    expect(await codeOf(tryView.chat(model, turns))).toBe('not_deployed');
    await service.deploy({ provider: 'alibaba', model, runId: 'run_y' });
    expect(service.list()[0]).toMatchObject({ state: 'deploying' });
    expect(await codeOf(tryView.chat(model, turns))).toBe('not_deployed');

    h.clock.advance(WHOLE_JOB_MS);
    await timers.advance(60_000);
    expect(service.list()[0]).toMatchObject({ state: 'ready' });
    expect(await codeOf(tryView.chat(model, turns))).toBe('answered');
    // Base Qwen needs no deployment.
    expect(await codeOf(tryView.chat('qwen3-14b', turns))).toBe('answered');
  });
});
