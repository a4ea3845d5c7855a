// The Nebius adapter against the Nebius practice service on loopback: upload, create (LoRA and an absolute
// learning rate sent by default), list, find by reference, events (newest first, with checkpoint loss),
// cancel, the trained model as "<job>:<checkpoint>", deploy through /v0/models, chat by the deployed name
// and by a base's serving id, the live catalog, refusing a base that cannot serve, and `{detail}` errors.
import { afterEach, describe, expect, it } from 'vitest';
import { NEBIUS_DURATIONS } from '../../../../electron/main/services/practice/nebius';
import { nebiusIpcError, wrapDetail } from '../../../../electron/main/services/providers/nebius/errors';
import {
  startNebiusHarness,
  SERVE_BASE,
  TUNE_BASE,
  WHOLE_JOB_MS,
  type NebiusHarness,
} from '../../practice/nebius/harness';
import type { FineTuningProvider } from '../../../../electron/main/services/providers/Provider';
import { adapterFor, trainingJsonl } from './helpers';

let h: NebiusHarness;
afterEach(async () => h?.close());

type Hyper = Record<string, unknown>;

async function trained(adapter: ReturnType<typeof adapterFor>, ref = 'run_flow') {
  const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl(40));
  const job = await adapter.createJob({
    clientRef: ref,
    baseModel: TUNE_BASE,
    trainingFileId: file.id,
    suffix: 'cafe bot',
    epochs: 2,
    learningRateMultiplier: 2,
  });
  h.clock.advance(WHOLE_JOB_MS);
  return { job, done: await adapter.getJob(job.id) };
}

describe('Nebius adapter', () => {
  it('trains a LoRA with an absolute learning rate, lists, finds by reference and names the trained model', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const { job, done } = await trained(adapter);
    expect(job).toMatchObject({ provider: 'nebius', status: { status: 'running' }, fineTunedModel: null });

    const sent = await h.call<{ hyperparameters: Hyper; suffix: string }>(
      'GET',
      `/v1/fine_tuning/jobs/${job.id}`,
    );
    // LoRA is on although Nebius defaults to a full fine-tune; the learning rate is Nebius's own number,
    // and OpenAI's multiplier is never sent.
    expect(sent.body.hyperparameters).toMatchObject({
      lora: true,
      lora_r: 8,
      lora_alpha: 8,
      learning_rate: 1e-5,
      n_epochs: 2,
    });
    expect(sent.body.hyperparameters).not.toHaveProperty('learning_rate_multiplier');
    expect(sent.body.suffix).toMatch(/^cafe-bot-ts[0-9a-f]{10}$/);

    expect(done.status.status).toBe('succeeded');
    const checkpoints = await adapter.listCheckpoints(job.id);
    expect(checkpoints).toHaveLength(2);
    expect(done.fineTunedModel).toBe(`ft:${TUNE_BASE}:${job.id}:${checkpoints[1]!.id}`);
    expect(checkpoints[1]!.model).toBe(done.fineTunedModel);
    expect(done.trainedTokens).toBeGreaterThan(0);

    expect((await adapter.listJobs({ limit: 10 })).data.map((j) => j.id)).toEqual([job.id]);
    expect(await adapter.findJobByRef('run_flow')).toMatchObject({ id: job.id });
    expect(await adapter.findJobByRef('run_other')).toBeNull();
  });

  it('sends the run options it is given', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_opts',
      baseModel: TUNE_BASE,
      trainingFileId: file.id,
      options: {
        kind: 'nebius',
        lora: true,
        loraR: 32,
        loraAlpha: 64,
        loraDropout: 0.05,
        learningRate: 2e-4,
      },
    });
    const sent = await h.call<{ hyperparameters: Hyper }>('GET', `/v1/fine_tuning/jobs/${job.id}`);
    expect(sent.body.hyperparameters).toMatchObject({
      lora_r: 32,
      lora_alpha: 64,
      lora_dropout: 0.05,
      learning_rate: 2e-4,
    });
    // Empty boxes send nothing: Nebius's own defaults are echoed back.
    const plain = await adapter.createJob({
      clientRef: 'run_defaults',
      baseModel: TUNE_BASE,
      trainingFileId: file.id,
      options: {
        kind: 'nebius',
        lora: true,
        loraR: null,
        loraAlpha: null,
        loraDropout: null,
        learningRate: null,
      },
    });
    const echoed = await h.call<{ hyperparameters: Hyper }>('GET', `/v1/fine_tuning/jobs/${plain.id}`);
    expect(echoed.body.hyperparameters).toMatchObject({
      lora: true,
      lora_r: 8,
      lora_alpha: 8,
      learning_rate: 1e-5,
    });
  });

  it('reads events newest first with the loss of every checkpoint, and pages through them', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const { job } = await trained(adapter);
    const all = await adapter.listEvents(job.id, { limit: 100 });
    const times = all.data.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.data.map((e) => e.message)).toContain('Training completed successfully');
    const losses = all.data.filter((e) => e.metrics).map((e) => e.metrics!);
    expect(losses).toHaveLength(2);
    expect(losses.every((m) => typeof m.trainLoss === 'number')).toBe(true);

    const first = await adapter.listEvents(job.id, { limit: 2 });
    const rest = await adapter.listEvents(job.id, { limit: 100, after: first.data.at(-1)!.id });
    expect(first.hasMore).toBe(true);
    expect([...first.data, ...rest.data].map((e) => e.id)).toEqual(all.data.map((e) => e.id));

    const metrics = await adapter.listMetrics(job.id);
    expect(metrics.map((m) => m.step)).toEqual([...metrics.map((m) => m.step)].sort((a, b) => a - b));
    expect(metrics).toHaveLength(2);
  });

  it('cancels a running job, and has no pause', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_c',
      baseModel: TUNE_BASE,
      trainingFileId: file.id,
    });
    expect((await adapter.cancelJob(job.id)).status.status).toBe('cancelled');
    // No pause on this provider: the method is absent and the capability says so (callers ask it).
    expect((adapter as FineTuningProvider).pauseJob).toBeUndefined();
    expect(adapter.capabilities.pauseResume).toBe(false);
  });

  it('deploys the trained model per token, waits through the first 404, chats by its name, and deletes it', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const { done } = await trained(adapter);
    const model = done.fineTunedModel!;
    expect(adapter.deployments.billing(model)).toEqual({ kind: 'per-token' });
    const deployment = await adapter.deployments.deploy(model);
    expect(deployment).toMatchObject({ model, state: 'deploying', raw: 'validating' });
    expect(deployment.chatModel).toMatch(
      /^meta-llama\/Meta-Llama-3\.1-8B-Instruct-LoRa:tunesmith-[0-9a-f]{10}-[A-Za-z]{4}$/,
    );
    // Nebius's first look at a new model answers 404: still validating, not gone.
    expect((await adapter.deployments.get(deployment.id)).state).toBe('deploying');
    h.clock.advance(NEBIUS_DURATIONS.app.deployMs);
    expect((await adapter.deployments.get(deployment.id)).state).toBe('ready');
    expect(await adapter.deployments.findByModel(model)).toMatchObject({ id: deployment.id });
    expect((await adapter.deployments.list()).map((d) => d.id)).toEqual([deployment.id]);

    const deltas: string[] = [];
    const reply = await adapter.chat(deployment.chatModel, [{ role: 'user', content: 'Any cake today?' }], {
      onDelta: (d) => deltas.push(d),
    });
    expect(reply.text).toContain('— Mo');
    expect(deltas.join('')).toBe(reply.text);
    expect(reply.promptTokens).toBeGreaterThan(0);
    // The base side of "side by side" is asked under its serving id.
    const base = await adapter.chat(TUNE_BASE, [{ role: 'user', content: 'Any cake today?' }]);
    expect(base.text.length).toBeGreaterThan(0);
    expect(base.text).not.toContain('— Mo');

    expect((await adapter.deployments.stop(deployment.id)).state).toBe('stopped');
    expect(await adapter.deployments.findByModel(model)).toBeNull();
  });

  it('reads which bases train and which serve per token live, and falls back to the dated list', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const probe = await adapter.probeAccount();
    expect(probe.servingBases?.source).toBe('live');
    const llama = probe.servingBases!.bases.find((b) => b.fineTuneId === TUNE_BASE);
    expect(llama).toMatchObject({ servingId: SERVE_BASE, servesLoraPerToken: true });
    expect(probe.servingBases!.bases.find((b) => b.fineTuneId === 'Qwen/Qwen3-4B')?.servesLoraPerToken).toBe(
      false,
    );
    expect(probe.models.map((m) => m.id)).toContain(TUNE_BASE);
    // Try lists a base under the id it is trained under too, beside its serving id.
    const chatModels = (await adapter.listModels()).map((m) => m.id);
    expect(chatModels).toEqual(expect.arrayContaining([TUNE_BASE, SERVE_BASE]));

    const offline = adapterFor(h, { catalogUrl: `${h.origin}/api/public/moved` });
    const fallback = await offline.readServingBases();
    expect(fallback).toMatchObject({ source: 'fallback', checkedAt: '2026-12-05' });
  });

  it('refuses a run on a base that cannot serve per token, naming the ones that can', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    h.service.settings.catalog = h.service.settings.catalog.map((b) =>
      b.fineTuneId === TUNE_BASE ? { ...b, loraServing: false } : b,
    );
    await expect(
      adapter.createJob({ clientRef: 'run_x', baseModel: TUNE_BASE, trainingFileId: file.id }),
    ).rejects.toMatchObject({
      ipcError: {
        code: 'not_servable',
        params: {
          model: TUNE_BASE,
          pick: 'Qwen/Qwen3-30B-A3B-Instruct-2507, meta-llama/Llama-3.3-70B-Instruct',
        },
      },
    });
    expect((await h.call<{ data: unknown[] }>('GET', '/v1/fine_tuning/jobs')).body.data).toHaveLength(0);
    // A full fine-tune could never be served: refused before anything is made.
    await expect(
      adapter.createJob({
        clientRef: 'run_y',
        baseModel: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
        trainingFileId: file.id,
        options: { kind: 'nebius', lora: false, loraR: 8, loraAlpha: 8, loraDropout: 0, learningRate: 1e-5 },
      }),
    ).rejects.toMatchObject({ ipcError: { code: 'bad_input', path: 'options.lora' } });
  });

  it('refuses to deploy when the base stopped serving after training', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const { done } = await trained(adapter);
    h.service.settings.catalog = h.service.settings.catalog.map((b) =>
      b.fineTuneId === TUNE_BASE ? { ...b, loraServing: false } : b,
    );
    await expect(adapter.deployments.deploy(done.fineTunedModel!)).rejects.toMatchObject({
      ipcError: { code: 'not_servable', params: { model: TUNE_BASE } },
    });
    expect((await h.call<unknown[]>('GET', '/v0/models')).body).toHaveLength(0);
  });

  it('turns Nebius `detail` errors into the app codes', async () => {
    h = await startNebiusHarness();
    await expect(adapterFor(h, { apiKey: 'not-a-nebius-key' }).listJobs({})).rejects.toMatchObject({
      ipcError: { code: 'key_rejected' },
    });
    const adapter = adapterFor(h);
    await expect(adapter.getJob('ftjob-00000000000000000000000000000000')).rejects.toMatchObject({
      ipcError: { code: 'not_found' },
    });
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    // A hyperparameter out of Nebius's bounds: 422 with a `loc` list, reported with the field.
    await expect(
      adapter.createJob({
        clientRef: 'run_422',
        baseModel: TUNE_BASE,
        trainingFileId: file.id,
        epochs: 99,
      }),
    ).rejects.toMatchObject({
      ipcError: { code: 'request_rejected', params: { param: 'hyperparameters.n_epochs' } },
    });
  });
});

describe('Nebius error mapping', () => {
  it('maps 402 to quota_exceeded, 400 LoRA refusals to not_servable, and file 422s to file_invalid', async () => {
    const OpenAI = (await import('openai')).default;
    const error = (status: number, detail: unknown) =>
      OpenAI.APIError.generate(status, wrapDetail(detail), undefined, new Headers());
    expect(
      nebiusIpcError(error(402, 'Payment Required: You have exhausted your budget.'), 'general').code,
    ).toBe('quota_exceeded');
    expect(nebiusIpcError(error(400, 'Base model x does not support LoRA adapters'), 'general').code).toBe(
      'not_servable',
    );
    expect(
      nebiusIpcError(
        error(422, [{ loc: ['body', 'training_file'], msg: 'Field required', type: 'missing' }]),
        'fine-tuning',
      ).code,
    ).toBe('file_invalid');
    expect(nebiusIpcError(error(404, 'The model `x` does not exist.'), 'general').code).toBe(
      'model_not_found',
    );
    expect(nebiusIpcError(error(429, 'Rate limit exceeded'), 'general').code).toBe('rate_limited');
  });
});
