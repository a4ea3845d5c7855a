// Job control (pause, resume, cancel), training-file validation failures, and memory across restarts.
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, createPracticeService } from '../../../electron/main/services/practice';
import {
  type Harness,
  WHOLE_JOB_MS,
  chatLine,
  memoryPersistence,
  startHarness,
  trainingJsonl,
  uploadTrainingFile,
} from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Validation (8 s) and queue (7 s) with the app durations, plus a little. */
const UNTIL_RUNNING_MS = 16_000;

async function failedJob(
  harness: Harness,
  content: string,
  extra: Partial<OpenAI.FineTuning.JobCreateParams> = {},
) {
  const file = await uploadTrainingFile(harness.client, content);
  const job = await harness.client.fineTuning.jobs.create({
    model: 'gpt-4o-mini',
    training_file: file.id,
    ...extra,
  });
  harness.clock.advance(WHOLE_JOB_MS);
  return { file, job: await harness.client.fineTuning.jobs.retrieve(job.id) };
}

describe('training-file validation', () => {
  it('fails a file with fewer than 10 examples with invalid_n_examples and OpenAI’s message', async () => {
    h = await startHarness();
    const { job } = await failedJob(h, trainingJsonl(7));
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({
      code: 'invalid_n_examples',
      message: 'Training file has 7 example(s), but must have at least 10 examples',
      param: 'training_file',
    });
    expect(job.fine_tuned_model).toBeNull();
    expect(job.trained_tokens).toBeNull();
    expect(job.finished_at).not.toBeNull();
    const events = await h.client.fineTuning.jobs.listEvents(job.id);
    expect(events.data[0]).toMatchObject({ level: 'error', message: job.error?.message });
  });

  it.each([
    [
      'a message without a role',
      (i: number) =>
        i === 4
          ? JSON.stringify({ messages: [{ role: 'user', content: 'hi' }, { content: 'x' }] })
          : chatLine(i),
      /Example 4, message 2 Discriminator 'role' is missing in value$/,
    ],
    [
      'an unknown role',
      (i: number) =>
        i === 2 ? JSON.stringify({ messages: [{ role: 'human', content: 'hi' }] }) : chatLine(i),
      /Example 2, message 1 Input tag 'human' found using 'role'/,
    ],
    [
      'no assistant reply',
      (i: number) =>
        i === 9 ? JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }) : chatLine(i),
      /Example 9, must contain at least one message with role 'assistant'$/,
    ],
    [
      'a line that is not JSON',
      (i: number) => (i === 3 ? '{"messages": [' : chatLine(i)),
      /Example 3 is not valid JSON\.$/,
    ],
    [
      'prompt/completion lines',
      () => JSON.stringify({ prompt: 'a', completion: 'b' }),
      /Unexpected file format, expected either prompt\/completion pairs or chat messages\.$/,
    ],
  ])('fails a file with %s as invalid_training_file', async (_name, line, message) => {
    h = await startHarness();
    const content = Array.from({ length: 12 }, (_, i) => line(i + 1)).join('\n');
    const { job } = await failedJob(h, content);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('invalid_training_file');
    expect(job.error?.param).toBe('training_file');
    expect(job.error?.message).toMatch(/^The job failed due to an invalid training file\. /);
    expect(job.error?.message).toMatch(message);
  });

  it('refuses chat-format data for a DPO job with OpenAI’s wording', async () => {
    h = await startHarness();
    const { file, job } = await failedJob(h, trainingJsonl(12), { method: { type: 'dpo' } });
    expect(job.error?.message).toBe(
      `The job failed due to an invalid training file. Invalid file format. Input file ${file.id} is in the fine-tune-chat format, but the specified fine-tuning job is not using 'supervised' as the training method (provided method=dpo). `,
    );
  });

  it('blocks training data the moderation flags, naming the lines', async () => {
    h = await startHarness();
    const insult = 'You are so stupid, honestly.';
    const verdict = await h.client.moderations.create({ input: insult });
    expect(verdict.results[0]?.flagged).toBe(true);
    const lines = Array.from({ length: 12 }, (_, i) =>
      i === 4
        ? JSON.stringify({
            messages: [
              { role: 'user', content: 'hi' },
              { role: 'assistant', content: insult },
            ],
          })
        : chatLine(i + 1),
    );
    const { job } = await failedJob(h, lines.join('\n'));
    expect(job.error?.code).toBe('invalid_training_file');
    expect(job.error?.message).toMatch(/This file failed moderation safety checks\..*Flagged lines: 5$/);
  });
});

describe('job control', () => {
  it('pauses a running job (status "paused"), holds it still, and resumes through the queue', async () => {
    h = await startHarness();
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const job = await h.client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    h.clock.advance(UNTIL_RUNNING_MS + 5_000);
    const paused = await h.client.fineTuning.jobs.pause(job.id);
    expect(paused.status as string).toBe('paused');
    expect(paused.estimated_finish).toBeNull();
    const stepsAtPause = (await h.client.fineTuning.jobs.listEvents(job.id, { limit: 1 })).data[0]?.message;

    h.clock.advance(WHOLE_JOB_MS);
    const still = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(still.status as string).toBe('paused');
    expect((await h.client.fineTuning.jobs.listEvents(job.id, { limit: 1 })).data[0]?.message).toBe(
      stepsAtPause,
    );
    await expect(h.client.fineTuning.jobs.pause(job.id)).rejects.toBeInstanceOf(OpenAI.BadRequestError);

    const resumed = await h.client.fineTuning.jobs.resume(job.id);
    expect(resumed.status).toBe('queued');
    h.clock.advance(WHOLE_JOB_MS);
    const done = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(done.status).toBe('succeeded');
    const steps: number[] = [];
    for await (const e of h.client.fineTuning.jobs.listEvents(job.id, { limit: 100 })) {
      if (e.type === 'metrics') steps.push((e.data as { step: number }).step);
    }
    // Every step ran exactly once across the pause: 10 examples × 10 epochs.
    expect(steps.sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('cancels a job at once and refuses to cancel it twice', async () => {
    h = await startHarness();
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const job = await h.client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    h.clock.advance(UNTIL_RUNNING_MS);
    const cancelled = await h.client.fineTuning.jobs.cancel(job.id);
    expect(cancelled.status).toBe('cancelled');
    h.clock.advance(WHOLE_JOB_MS);
    const later = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(later.status).toBe('cancelled');
    expect(later.fine_tuned_model).toBeNull();
    await expect(h.client.fineTuning.jobs.cancel(job.id)).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    await expect(h.client.fineTuning.jobs.resume(job.id)).rejects.toBeInstanceOf(OpenAI.BadRequestError);
  });
});

describe('memory across restarts', () => {
  it('restores files, jobs and models, and a job that was running carries on with the clock', async () => {
    const persistence = memoryPersistence();
    const clock = createManualClock();
    h = await startHarness({ persistence, clock });
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const job = await h.client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    h.clock.advance(UNTIL_RUNNING_MS + 10_000);
    const before = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(before.status).toBe('running');
    await h.close();
    expect(persistence.saves).toBeGreaterThan(0);

    // The app was closed for a while; the job's time kept passing.
    clock.advance(WHOLE_JOB_MS);
    h = await startHarness({ persistence, clock });
    expect(h.service.loadOutcome).toEqual({ kind: 'restored' });
    const after = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(after.status).toBe('succeeded');
    expect(after.created_at).toBe(before.created_at);
    expect((await h.client.files.retrieve(file.id)).bytes).toBe(file.bytes);
    const reply = await h.client.chat.completions.create({
      model: after.fine_tuned_model ?? '',
      messages: [{ role: 'user', content: 'My kettle will not switch on.' }],
    });
    expect(reply.choices[0]?.message.content).toMatch(/Acme team/);
  });

  it('sets aside stored state that does not match the schema and starts empty', () => {
    const service = createPracticeService({
      clock: createManualClock(),
      persistence: { load: () => ({ version: 99, jobs: 'nope' }), save: () => undefined },
    });
    expect(service.loadOutcome.kind).toBe('rejected');
    expect(service.snapshot().jobs).toEqual([]);
  });

  it('round-trips through snapshot() and restore()', async () => {
    h = await startHarness();
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const snapshot = h.service.snapshot();
    const other = createPracticeService({ clock: h.clock });
    other.restore(snapshot);
    expect(other.snapshot().files.map((f) => f.id)).toEqual([file.id]);
    expect(() => other.restore({ version: 1 })).toThrow();
  });
});

describe('saving', () => {
  it('writes changes made together in one save, and keeps going after a failed save', async () => {
    const { PracticeStore } = await import('../../../electron/main/services/practice/state');
    const persistence = memoryPersistence();
    const store = new PracticeStore(persistence);
    for (let i = 0; i < 5; i++) {
      store.state.models.push({
        id: `m${i}`,
        created: 0,
        ownedBy: 'org',
        base: 'b',
        jobId: 'j',
        examples: [],
      });
      store.changed();
    }
    await store.flush();
    expect(persistence.saves).toBe(1);
    expect((persistence.saved as { models: unknown[] }).models).toHaveLength(5);

    const failing = new PracticeStore({
      load: () => undefined,
      save: () => Promise.reject(new Error('disk full')),
    });
    failing.changed();
    await failing.flush();
    expect(failing.saveError).toBeInstanceOf(Error);
  });
});
