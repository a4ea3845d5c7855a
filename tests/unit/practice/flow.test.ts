// The whole practice flow through the official SDK over real HTTP: upload, train, watch, use the model.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoEpochs } from '../../../shared/domain/epochs';
import { countExampleTokens } from '../../../shared/domain/tokens';
import type { ChatExample } from '../../../shared/domain/chat';
import type { FineTuningJobEvent } from 'openai/resources/fine-tuning/jobs/jobs';
import {
  type Harness,
  WHOLE_JOB_MS,
  chatLine,
  startHarness,
  trainingJsonl,
  uploadTrainingFile,
} from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('a fine-tuning job over HTTP', () => {
  it('moves validating_files → queued → running → succeeded on the clock, with OpenAI-shaped events', async () => {
    const file = await uploadTrainingFile(h.client, trainingJsonl(20));
    expect(file).toMatchObject({
      object: 'file',
      purpose: 'fine-tune',
      status: 'processed',
      filename: 'train.jsonl',
    });

    const created = await h.client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
      suffix: 'kettles',
    });
    expect(created.status).toBe('validating_files');
    expect(created.model).toBe('gpt-4o-mini-2024-07-18'); // alias resolved to the snapshot
    expect(created.hyperparameters.n_epochs).toBe('auto');
    expect(created.error).toBeNull();

    h.clock.advance(8_000);
    const queued = await h.client.fineTuning.jobs.retrieve(created.id);
    expect(queued.status).toBe('queued');
    // `auto` resolves by the cookbook heuristic once the files are validated: 20 examples → 100 / 20 = 5 epochs.
    expect(queued.hyperparameters.n_epochs).toBe(autoEpochs(20).epochs);
    expect(queued.hyperparameters.n_epochs).toBe(5);
    expect(queued.estimated_finish).toBeNull();

    h.clock.advance(7_000 + 1_000);
    const running = await h.client.fineTuning.jobs.retrieve(created.id);
    expect(running.status).toBe('running');
    expect(running.estimated_finish).toBeGreaterThan(running.created_at);
    expect(running.fine_tuned_model).toBeNull();

    h.clock.advance(WHOLE_JOB_MS);
    const done = await h.client.fineTuning.jobs.retrieve(created.id);
    expect(done.status).toBe('succeeded');
    expect(done.fine_tuned_model).toMatch(/^ft:gpt-4o-mini-2024-07-18:personal:kettles:[A-Za-z0-9]{8}$/);
    expect(done.finished_at).not.toBeNull();
    expect(done.estimated_finish).toBeNull();

    const examples = trainingJsonl(20)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ChatExample);
    const perEpoch = examples.reduce((sum, e) => sum + countExampleTokens(e, 'o200k_base'), 0);
    expect(done.trained_tokens).toBe(perEpoch * 5);

    const events = [];
    for await (const event of h.client.fineTuning.jobs.listEvents(created.id, { limit: 25 }))
      events.push(event);
    const oldestFirst = events.reverse();
    const messages = oldestFirst.filter((e) => e.type === 'message').map((e) => e.message);
    expect(messages.slice(0, 4)).toEqual([
      `Created fine-tuning job: ${created.id}`,
      `Validating training file: ${file.id}`,
      'Files validated, moving job to queued state',
      'Fine-tuning job started',
    ]);
    expect(messages.slice(-2)).toEqual([
      `New fine-tuned model created: ${done.fine_tuned_model}`,
      'The job has successfully completed',
    ]);
    const metrics = oldestFirst.filter((e) => e.type === 'metrics');
    expect(metrics).toHaveLength(100); // 20 examples, batch 1, 5 epochs
    expect(metrics[0]?.data).toMatchObject({ step: 1, total_steps: 100 });
    expect(metrics[0]?.message).toMatch(/^Step 1\/100: training loss=\d+\.\d{2}$/);
    for (const e of metrics) {
      expect(Object.keys(e.data as object)).toEqual(
        expect.arrayContaining(['step', 'total_steps', 'train_loss', 'train_mean_token_accuracy']),
      );
    }
    const checkpointEvents = messages.filter((m) => m.startsWith('Checkpoint created at step'));
    expect(checkpointEvents).toHaveLength(4); // one per earlier epoch
  });

  it('keeps the last three epoch checkpoints, the newest named like the model, and a base64 metrics CSV', async () => {
    const file = await uploadTrainingFile(h.client, trainingJsonl(40));
    const job = await h.client.fineTuning.jobs.create({
      model: 'gpt-4.1-mini-2025-04-14',
      training_file: file.id,
      hyperparameters: { n_epochs: 4 },
    });
    h.clock.advance(WHOLE_JOB_MS);
    const done = await h.client.fineTuning.jobs.retrieve(job.id);

    const checkpoints = await h.client.fineTuning.jobs.checkpoints.list(job.id);
    expect(checkpoints.data.map((c) => c.step_number)).toEqual([160, 120, 80]);
    expect(checkpoints.data[0]?.fine_tuned_model_checkpoint).toBe(done.fine_tuned_model);
    expect(checkpoints.data[1]?.fine_tuned_model_checkpoint).toMatch(
      /^ft:gpt-4\.1-mini-2025-04-14:personal::[A-Za-z0-9]{8}:ckpt-step-120$/,
    );

    expect(done.result_files).toHaveLength(1);
    const resultFile = await h.client.files.retrieve(done.result_files[0] ?? '');
    expect(resultFile.purpose).toBe('fine-tune-results');
    const raw = await (await h.client.files.content(resultFile.id)).text();
    const csv = Buffer.from(raw, 'base64').toString('utf8').trim().split('\n');
    expect(csv[0]).toBe('step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy');
    expect(csv).toHaveLength(161);
    expect(csv[1]).toMatch(/^1,\d+\.\d{5},\d+\.\d{5},,$/);
  });

  it('answers from the training data once trained, and lists, serves and deletes the fine-tuned model', async () => {
    const file = await uploadTrainingFile(h.client, trainingJsonl(12));
    const job = await h.client.fineTuning.jobs.create({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: file.id,
    });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await h.client.fineTuning.jobs.retrieve(job.id)).fine_tuned_model ?? '';

    const listed = await h.client.models.list();
    expect(listed.data.map((m) => m.id)).toContain(model);
    const retrieved = await h.client.models.retrieve(model);
    expect(retrieved).toMatchObject({ id: model, object: 'model', shutdown_date: '2027-01-14' });

    const reply = await h.client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'My kettle will not switch on. What should I do?' }],
    });
    expect(reply.model).toBe(model);
    expect(reply.choices[0]?.message.content).toMatch(/Warmly, the Acme team\./);
    expect(reply.usage?.prompt_tokens).toBeGreaterThan(0);

    const base = await h.client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'My kettle will not switch on. What should I do?' }],
    });
    expect(base.choices[0]?.message.content).not.toMatch(/Acme team/);

    const deleted = await h.client.models.delete(model);
    expect(deleted).toEqual({ id: model, object: 'model', deleted: true });
    await expect(h.client.models.retrieve(model)).rejects.toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
  });

  it('still answers from its examples when the training file is deleted while the job runs', async () => {
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const job = await h.client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    h.clock.advance(20_000);
    expect((await h.client.fineTuning.jobs.retrieve(job.id)).status).toBe('running');
    await h.client.files.delete(file.id);
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await h.client.fineTuning.jobs.retrieve(job.id)).fine_tuned_model ?? '';
    const reply = await h.client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'My kettle will not switch on.' }],
    });
    expect(reply.choices[0]?.message.content).toMatch(/Warmly, the Acme team\./);
  });

  it('continues training from a fine-tuned model and names the new model after the same base', async () => {
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const first = await h.client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    h.clock.advance(WHOLE_JOB_MS);
    const parent = (await h.client.fineTuning.jobs.retrieve(first.id)).fine_tuned_model ?? '';
    const second = await h.client.fineTuning.jobs.create({
      model: parent,
      training_file: file.id,
      suffix: 'more',
    });
    expect(second.model).toBe(parent);
    h.clock.advance(WHOLE_JOB_MS);
    const done = await h.client.fineTuning.jobs.retrieve(second.id);
    expect(done.fine_tuned_model).toMatch(/^ft:gpt-4o-mini-2024-07-18:personal:more:/);
  });

  it('reports validation metrics when a validation file is given', async () => {
    const train = await uploadTrainingFile(h.client, trainingJsonl(10));
    const valid = await uploadTrainingFile(h.client, `${chatLine(99)}\n${chatLine(98)}\n`, 'valid.jsonl');
    const job = await h.client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: train.id,
      validation_file: valid.id,
    });
    h.clock.advance(WHOLE_JOB_MS);
    const events = { data: [] as FineTuningJobEvent[] };
    for await (const event of h.client.fineTuning.jobs.listEvents(job.id, { limit: 50 }))
      events.data.push(event);
    expect(
      events.data.some(
        (e) => e.message === `Validating training file: ${train.id} and validation file: ${valid.id}`,
      ),
    ).toBe(true);
    const withValidation = events.data.filter(
      (e) => e.type === 'metrics' && 'valid_loss' in (e.data as object),
    );
    expect(withValidation.length).toBeGreaterThan(0);
    expect(withValidation[0]?.message).toMatch(/validation loss=\d+\.\d{2}/);
  });
});
