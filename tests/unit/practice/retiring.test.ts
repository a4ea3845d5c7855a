// The practice service plays a retiring OpenAI account: fine-tuned models with their shutdown date, the jobs
// and files behind them, stored chat completions (model and metadata filters, messages), downloads allowed
// or refused per profile, and OpenAI's two dates on the moved clock.
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RETIRING_ACCOUNTS,
  RETIRING_PRACTICE_KEY,
  RETIRING_REFUSING_KEY,
  createManualClock,
  withRetiringAccount,
} from '../../../electron/main/services/practice';
import { type Harness, startHarness, uploadTrainingFile, trainingJsonl } from './harness';

const SUPPORT = 'ft:gpt-4o-mini-2024-07-18:acmehelpdesk:support:R3sCu3Ab';

describe('practice retiring account', () => {
  let h: Harness;
  let client: OpenAI;
  beforeEach(async () => {
    h = await startHarness({
      accounts: RETIRING_ACCOUNTS,
      clock: createManualClock(Date.UTC(2026, 11, 5, 9)),
    });
    h.service.restore(withRetiringAccount(h.service.snapshot(), h.clock.now()));
    client = h.clientFor({ apiKey: RETIRING_PRACTICE_KEY });
  });
  afterEach(async () => h.close());

  it('lists fine-tuned models with their shutdown date and the jobs and files behind them', async () => {
    const models = await client.models.list();
    const ft = models.data.filter((m) => m.id.startsWith('ft:'));
    expect(ft.map((m) => m.id).sort()).toHaveLength(2);
    expect(ft.every((m) => (m as unknown as { shutdown_date: string }).shutdown_date === '2027-01-14')).toBe(
      true,
    );
    const jobs = await client.fineTuning.jobs.list();
    const job = jobs.data.find((j) => j.fine_tuned_model === SUPPORT)!;
    expect(job.status).toBe('succeeded');
    expect(job.validation_file).not.toBeNull();
    const training = await (await client.files.content(job.training_file)).text();
    expect(training.trim().split('\n')).toHaveLength(30);
    const result = await (await client.files.content(job.result_files[0]!)).text();
    // The metrics CSV comes base64-encoded, as OpenAI serves it.
    expect(Buffer.from(result, 'base64').toString('utf8')).toMatch(/^step,train_loss/);
  });

  it('refuses fine-tune file downloads for a refusing profile but still serves the result file', async () => {
    const refused = h.clientFor({ apiKey: RETIRING_REFUSING_KEY });
    const job = (await refused.fineTuning.jobs.list()).data.find((j) => j.fine_tuned_model === SUPPORT)!;
    const error = await refused.files.content(job.training_file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as Error).message).toContain('Not allowed to download files of purpose: fine-tune');
    expect((await refused.files.content(job.result_files[0]!)).ok).toBe(true);
  });

  it('lists stored completions by model and metadata, and their messages', async () => {
    const all = await client.chat.completions.list({ model: SUPPORT });
    expect(all.data).toHaveLength(6);
    const prod = await client.chat.completions.list({ model: SUPPORT, metadata: { env: 'prod' } });
    expect(prod.data).toHaveLength(5);
    expect(await client.chat.completions.list({ model: 'gpt-4o-mini-2024-07-18' })).toMatchObject({
      data: [],
    });
    const messages = await client.chat.completions.messages.list(prod.data[0]!.id);
    expect(messages.data.map((m) => m.role as string)).toEqual(['system', 'user']);
    // A new completion created with store: true joins the list.
    const made = await client.chat.completions.create({
      model: SUPPORT,
      store: true,
      metadata: { env: 'prod' },
      messages: [{ role: 'user', content: 'My toaster will not switch on.' }],
    });
    const again = await client.chat.completions.list({
      model: SUPPORT,
      metadata: { env: 'prod' },
      limit: 100,
    });
    expect(again.data.map((c) => c.id)).toContain(made.id);
  });

  it('refuses new jobs from 2027-01-06 and forgets the fine-tuned models on 2027-01-14', async () => {
    const file = await uploadTrainingFile(client, trainingJsonl(12));
    h.clock.set(Date.UTC(2027, 0, 5, 23, 59));
    await expect(
      client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id }),
    ).resolves.toBeTruthy();
    h.clock.set(Date.UTC(2027, 0, 6, 0, 1));
    await expect(
      client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id }),
    ).rejects.toBeInstanceOf(OpenAI.PermissionDeniedError);
    const chat = () =>
      client.chat.completions.create({ model: SUPPORT, messages: [{ role: 'user', content: 'hi' }] });
    await expect(chat()).resolves.toBeTruthy();
    h.clock.set(Date.UTC(2027, 0, 14, 0, 1));
    const gone = await chat().catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect((gone as InstanceType<typeof OpenAI.APIError>).code).toBe('model_not_found');
  });
});
