// Nebius practice fine-tuning through the official openai SDK: jobs start in `running`, echo all twelve
// Nebius hyperparameters, never carry fine_tuned_model, log four plain events, and leave one checkpoint per
// epoch with metrics and downloadable weight files; errors are FastAPI's `{"detail": …}`.
import { afterEach, describe, expect, it } from 'vitest';
import { NEBIUS_DURATIONS } from '../../../../electron/main/services/practice/nebius';
import {
  KEY,
  type NebiusHarness,
  TUNE_BASE,
  WHOLE_JOB_MS,
  loraJob,
  startNebiusHarness,
  styledExamples,
} from './harness';

let h: NebiusHarness;
afterEach(async () => h?.close());

describe('Nebius practice fine-tuning', () => {
  it('runs a LoRA job as observed: running at once, four events, one checkpoint per epoch with weights', async () => {
    h = await startNebiusHarness();
    const fileId = await h.upload(styledExamples(), 'training_data.jsonl');
    expect(fileId).toMatch(/^file-[0-9a-f-]{36}$/);
    const uploaded = await h.client.files.retrieve(fileId);
    expect(uploaded.status).toBeNull();

    const job = await h.client.fineTuning.jobs.create(loraJob(fileId, { suffix: 'ref-1' }));
    expect(job.id).toMatch(/^ftjob-[0-9a-f]{32}$/);
    expect(job.status).toBe('running');
    expect(job.hyperparameters).toEqual({
      n_epochs: 2,
      batch_size: 8,
      learning_rate: 1e-4,
      warmup_ratio: 0,
      weight_decay: 0,
      max_grad_norm: 1,
      packing: true,
      context_length: 8192,
      lora: true,
      lora_r: 16,
      lora_alpha: 32,
      lora_dropout: 0,
    });
    expect(job).toMatchObject({
      trained_tokens: 0,
      trained_steps: 0,
      total_steps: null,
      suffix: 'ref-1',
      seed: 0,
    });
    expect(job).not.toHaveProperty('fine_tuned_model');

    h.clock.advance(NEBIUS_DURATIONS.app.datasetMs + 1);
    const running = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(running.status).toBe('running');
    expect(running).toMatchObject({ total_steps: 4 });
    expect((await h.client.fineTuning.jobs.checkpoints.list(job.id)).data).toEqual([]);

    h.clock.advance(WHOLE_JOB_MS);
    const done = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(done.status).toBe('succeeded');
    expect(done).not.toHaveProperty('fine_tuned_model');
    expect(done).toMatchObject({ trained_steps: 4, total_steps: 4 });
    expect(done.trained_tokens).toBeGreaterThan(0);
    expect(done.finished_at).toBe(done.created_at + 50);

    const events = (await h.client.fineTuning.jobs.listEvents(job.id)).data.map((e) => e.message);
    expect(events).toEqual([
      'Job is submitted',
      "Dataset 'training' processed successfully",
      'Training completed successfully',
    ]);

    const checkpoints = (await h.client.fineTuning.jobs.checkpoints.list(job.id)).data as unknown as {
      id: string;
      step_number: number;
      metrics: { train_loss: number; valid_loss: number | null };
      result_files: string[];
    }[];
    expect(checkpoints.map((k) => k.step_number)).toEqual([2, 4]);
    for (const checkpoint of checkpoints) {
      expect(checkpoint.id).toMatch(/^ftckpt_[0-9a-f-]{36}$/);
      expect(checkpoint.metrics.train_loss).toBeGreaterThan(0);
      expect(checkpoint.metrics.valid_loss).toBeNull();
    }
    const last = checkpoints.at(-1);
    const names = await Promise.all(
      (last?.result_files ?? []).map(async (id) => (await h.client.files.retrieve(id)).filename),
    );
    expect(names).toEqual(['checkpoint/adapter_config.json', 'checkpoint/adapter_model.safetensors']);
    const config = JSON.parse(
      await (await h.client.files.content(last?.result_files[0] ?? '')).text(),
    ) as Record<string, unknown>;
    expect(config).toMatchObject({
      peft_type: 'LORA',
      r: 16,
      lora_alpha: 32,
      base_model_name_or_path: TUNE_BASE,
    });

    const single = await h.call<Record<string, unknown>>(
      'GET',
      `/v1/fine_tuning/jobs/${job.id}/checkpoints/${last?.id}`,
    );
    expect(single.status).toBe(200);
    expect(single.body).not.toHaveProperty('result_files');
  });

  it('reports the validation dataset and validation loss when a validation file is given', async () => {
    h = await startNebiusHarness();
    const train = await h.upload(styledExamples());
    const valid = await h.upload(styledExamples(4));
    const job = await h.client.fineTuning.jobs.create(loraJob(train, { validation_file: valid }));
    h.clock.advance(WHOLE_JOB_MS);
    const events = (await h.client.fineTuning.jobs.listEvents(job.id)).data.map((e) => e.message);
    expect(events.slice(0, 3)).toEqual([
      'Job is submitted',
      "Dataset 'validation' processed successfully",
      "Dataset 'training' processed successfully",
    ]);
    const checkpoints = (await h.client.fineTuning.jobs.checkpoints.list(job.id)).data as unknown as {
      metrics: { valid_loss: number | null };
    }[];
    expect(checkpoints.every((k) => typeof k.metrics.valid_loss === 'number')).toBe(true);
  });

  it('defaults to full fine-tuning (lora false) and an absolute learning rate of 1e-5', async () => {
    h = await startNebiusHarness();
    const fileId = await h.upload(styledExamples());
    const job = await h.client.fineTuning.jobs.create({ model: TUNE_BASE, training_file: fileId });
    expect(job.hyperparameters).toMatchObject({
      lora: false,
      learning_rate: 1e-5,
      n_epochs: 3,
      batch_size: 8,
    });
  });

  it('handles OpenAI’s learning_rate_multiplier as the setting says: ignored, refused, or used as the rate', async () => {
    const send = async () => {
      const fileId = await h.upload(styledExamples());
      return h.call<{ hyperparameters?: Record<string, unknown>; detail?: unknown }>(
        'POST',
        '/v1/fine_tuning/jobs',
        {
          model: TUNE_BASE,
          training_file: fileId,
          hyperparameters: { learning_rate_multiplier: 2e-5 },
        },
      );
    };
    h = await startNebiusHarness();
    const ignored = await send();
    expect(ignored.body.hyperparameters?.['learning_rate']).toBe(1e-5);
    expect(ignored.body.hyperparameters).not.toHaveProperty('learning_rate_multiplier');
    await h.close();
    h = await startNebiusHarness({ settings: { lrMultiplierBehaviour: 'reject422' } });
    expect((await send()).status).toBe(422);
    await h.close();
    h = await startNebiusHarness({ settings: { lrMultiplierBehaviour: 'treatAsAbsolute' } });
    expect((await send()).body.hyperparameters?.['learning_rate']).toBe(2e-5);
  });

  it('fails a job whose example is longer than context_length, with the error and an error event', async () => {
    h = await startNebiusHarness();
    const long = {
      messages: [
        { role: 'user', content: 'word '.repeat(9000) },
        { role: 'assistant', content: 'ok' },
      ],
    };
    const fileId = await h.upload([...styledExamples(2), long]);
    const job = await h.client.fineTuning.jobs.create(loraJob(fileId));
    h.clock.advance(WHOLE_JOB_MS);
    const failed = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(failed.status).toBe('failed');
    expect(failed.error?.message).toMatch(/^Sequence length is too long: \d+ > 8192$/);
    expect(failed.error?.param).toBe('training_file');
    const events = (await h.client.fineTuning.jobs.listEvents(job.id)).data;
    expect(events.at(-1)).toMatchObject({ level: 'error' });
  });

  it('answers invalid bodies with 422 and a FastAPI detail list', async () => {
    h = await startNebiusHarness();
    const fileId = await h.upload(styledExamples());
    const tooMany = await h.call<{ detail: { loc: string[]; type: string }[] }>(
      'POST',
      '/v1/fine_tuning/jobs',
      {
        model: TUNE_BASE,
        training_file: fileId,
        hyperparameters: { n_epochs: 25 },
      },
    );
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.detail[0]).toMatchObject({ loc: ['body', 'hyperparameters', 'n_epochs'], input: 25 });
    const unknownModel = await h.call<{ detail: { msg: string }[] }>('POST', '/v1/fine_tuning/jobs', {
      model: 'acme/not-a-model',
      training_file: fileId,
    });
    expect(unknownModel.status).toBe(422);
    expect(unknownModel.body.detail[0]?.msg).toBe('value is not a valid enumeration member');
    const missing = await h.call<{ detail: { type: string; loc: string[] }[] }>(
      'POST',
      '/v1/fine_tuning/jobs',
      {
        model: TUNE_BASE,
      },
    );
    expect(missing.body.detail[0]).toMatchObject({ type: 'missing', loc: ['body', 'training_file'] });
  });

  it('answers auth, budget and rate-limit errors in the observed detail shape', async () => {
    h = await startNebiusHarness({
      accounts: { [KEY]: {}, broke: { budget: 'exhausted' }, slow: { requestsPerMinute: 1 } },
    });
    const noKey = await fetch(`${h.origin}/v1/models`);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual({ detail: "Couldn't authenticate. Reason: token is not present" });
    const bad = await h.call('GET', '/v1/models', undefined, 'wrong');
    expect(bad).toMatchObject({
      status: 401,
      body: { detail: "Couldn't authenticate. Reason: Unable authenticate" },
    });
    const chat = await h.call(
      'POST',
      '/v1/chat/completions',
      { model: 'meta-llama/Meta-Llama-3.1-8B-Instruct', messages: [{ role: 'user', content: 'hi' }] },
      'broke',
    );
    expect(chat.status).toBe(402);
    expect(await h.call('GET', '/v1/models', undefined, 'slow')).toMatchObject({ status: 200 });
    const limited = await h.call('GET', '/v1/models', undefined, 'slow');
    expect(limited).toMatchObject({ status: 429, body: { detail: 'Rate limit exceeded' } });
    expect(limited.headers.get('retry-after')).toBe('60');
    const unknownJob = await h.call('GET', '/v1/fine_tuning/jobs/ftjob-0');
    expect(unknownJob.status).toBe(404);
    expect(typeof (unknownJob.body as { detail: unknown }).detail).toBe('string');
  });

  it('goes validating_files → queued → running first when initialStatus says so', async () => {
    h = await startNebiusHarness({ settings: { initialStatus: 'validating_files' } });
    const job = await h.client.fineTuning.jobs.create(loraJob(await h.upload(styledExamples())));
    expect(job.status).toBe('validating_files');
    h.clock.advance(NEBIUS_DURATIONS.app.validatingMs);
    expect((await h.client.fineTuning.jobs.retrieve(job.id)).status).toBe('queued');
    h.clock.advance(NEBIUS_DURATIONS.app.queuedMs);
    expect((await h.client.fineTuning.jobs.retrieve(job.id)).status).toBe('running');
  });

  it('cancels a running job at once and lists jobs newest first', async () => {
    h = await startNebiusHarness();
    const fileId = await h.upload(styledExamples());
    const first = await h.client.fineTuning.jobs.create(loraJob(fileId));
    h.clock.advance(1000);
    const second = await h.client.fineTuning.jobs.create(loraJob(fileId));
    expect((await h.client.fineTuning.jobs.cancel(first.id)).status).toBe('cancelled');
    h.clock.advance(WHOLE_JOB_MS);
    expect((await h.client.fineTuning.jobs.retrieve(first.id)).status).toBe('cancelled');
    const list = await h.client.fineTuning.jobs.list({ limit: 1 });
    expect(list.data.map((j) => j.id)).toEqual([second.id]);
    expect(list.has_more).toBe(true);
  });
});
