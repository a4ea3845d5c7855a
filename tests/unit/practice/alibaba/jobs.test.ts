// Fine-tune jobs on the Alibaba practice service, over loopback: envelope, ids and times, the status
// progression on the moved clock, finetuned_output and usage only when they exist, cancel, delete and list.
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../../electron/main/services/practice';
import {
  ALIBABA_DURATIONS,
  ALIBABA_PRACTICE_HOSTS,
  ALIBABA_PRACTICE_KEYS,
  createAlibabaPracticeService,
} from '../../../../electron/main/services/practice/alibaba';
import { type AlibabaHarness, WHOLE_JOB_MS, startAlibabaHarness, styledExamples } from './harness';

let h: AlibabaHarness;
afterEach(async () => h?.close());

type Job = Record<string, unknown> & { job_id: string; status: string };

async function createJob(body: Record<string, unknown> = {}) {
  const fileId = await h.uploadJsonl(styledExamples());
  const answer = await h.api<{ output: Job }>('POST', '/fine-tunes', {
    body: { model: 'qwen3-14b', training_file_ids: [fileId], training_type: 'efficient_sft', ...body },
  });
  expect(answer.status).toBe(200);
  return answer.body.output;
}

const statusOf = async (id: string) => (await h.api<{ output: Job }>('GET', `/fine-tunes/${id}`)).body.output;

describe('Alibaba practice fine-tunes', () => {
  it('creates a job in the {request_id, output} envelope with a ft-yyyyMMddHHmm-xxxx id and zone-less local time', async () => {
    h = await startAlibabaHarness();
    const fileId = await h.uploadJsonl(styledExamples());
    expect(fileId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const answer = await h.api<{ output: Job }>('POST', '/fine-tunes', {
      body: {
        model: 'qwen3-14b',
        training_file_ids: [fileId],
        hyper_parameters: { n_epochs: 2, learning_rate: '1.6e-5' },
        training_type: 'efficient_sft',
        finetuned_output_suffix: 'cafe',
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    const job = answer.body.output;
    // The manual clock starts at 2026-11-26 12:00:00 UTC, i.e. 20:00 in UTC+8.
    expect(job.job_id).toMatch(/^ft-202611262000-[0-9a-f]{4}$/);
    expect(job).toMatchObject({
      job_name: job.job_id,
      status: 'PENDING',
      model: 'qwen3-14b',
      base_model: 'qwen3-14b',
      training_file_ids: [fileId],
      validation_file_ids: [],
      hyper_parameters: { n_epochs: 2, learning_rate: '1.6e-5' },
      training_type: 'efficient_sft',
      create_time: '2026-11-26 20:00:00',
      group: 'llm',
    });
    for (const absent of ['finetuned_output', 'end_time', 'usage']) expect(job).not.toHaveProperty(absent);
  });

  it('moves PENDING → QUEUING → RUNNING → SUCCEEDED on the clock, then shows finetuned_output, end_time and usage', async () => {
    h = await startAlibabaHarness();
    const job = await createJob({ finetuned_output_suffix: 'cafe', hyper_parameters: { n_epochs: 2 } });
    const d = ALIBABA_DURATIONS.app;
    h.clock.advance(d.pendingMs);
    expect((await statusOf(job.job_id)).status).toBe('QUEUING');
    h.clock.advance(d.queuingMs);
    const running = await statusOf(job.job_id);
    expect(running.status).toBe('RUNNING');
    expect(running).not.toHaveProperty('finetuned_output');
    h.clock.advance(d.runningMs);
    const done = await statusOf(job.job_id);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.finetuned_output).toBe(`qwen3-14b-cafe-${job.job_id}`);
    expect(done.end_time).toBe('2026-11-26 20:01:00');
    expect(done.usage).toBeGreaterThan(0);
    // Billed tokens are the examples' tokens times the epochs.
    expect((done.usage as number) % 2).toBe(0);
  });

  it('writes Python-dict training logs and the consumed-token line, paged by offset and line', async () => {
    h = await startAlibabaHarness();
    const job = await createJob({ hyper_parameters: { n_epochs: 3, batch_size: 4 } });
    h.clock.advance(WHOLE_JOB_MS);
    const done = await statusOf(job.job_id);
    const all = await h.api<{ output: { total: number; logs: string[] } }>(
      'GET',
      `/fine-tunes/${job.job_id}/logs?offset=0&line=1000`,
    );
    const { total, logs } = all.body.output;
    expect(total).toBe(logs.length);
    // 12 examples in batches of 4 for 3 epochs: 9 steps, one loss line each.
    const steps = logs.filter((l) => l.startsWith("{'train_loss': "));
    expect(steps).toHaveLength(9);
    expect(steps.at(-1)).toMatch(
      /^\{'train_loss': \d+\.\d+, 'learning_rate': 1\.6e-05, 'epoch': 3\.0, 'global_step': 9\}$/,
    );
    expect(logs).toContain(`Actual number of consumed tokens is ${String(done.usage)}`);
    expect(
      logs.some((l) => /^\{'train_runtime': [\d.]+, .*'train_loss': [\d.]+, 'epoch': 3\.0\}$/.test(l)),
    ).toBe(true);

    const second = await h.api<{ output: { total: number; logs: string[] } }>(
      'GET',
      `/fine-tunes/${job.job_id}/logs?offset=2&line=3`,
    );
    expect(second.body.output).toEqual({ total, logs: logs.slice(2, 5) });
    const tooMany = await h.api('GET', `/fine-tunes/${job.job_id}/logs?line=1001`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('InvalidParameter');
  });

  it('fails a job whose data is not in the messages format, with the line named, and bills nothing', async () => {
    h = await startAlibabaHarness();
    const fileId = await h.uploadJsonl([
      ...styledExamples(3),
      {
        messages: [
          { role: 'tool', content: 'x' },
          { role: 'assistant', content: 'y' },
        ],
      },
    ]);
    const created = await h.api<{ output: Job }>('POST', '/fine-tunes', {
      body: { model: 'qwen3-14b', training_file_ids: [fileId] },
    });
    h.clock.advance(WHOLE_JOB_MS);
    const failed = await statusOf(created.body.output.job_id);
    expect(failed.status).toBe('FAILED');
    expect(failed).not.toHaveProperty('finetuned_output');
    expect(failed).not.toHaveProperty('usage');
    expect(failed.end_time).toBe('2026-11-26 20:00:08');
    expect(JSON.stringify(failed.error)).toContain('line 4');
  });

  it('refuses bad data at creation when dataErrors is "at-create"', async () => {
    h = await startAlibabaHarness({ settings: { dataErrors: 'at-create' } });
    const fileId = await h.uploadJsonl([{ prompt: 'a', completion: 'b' }]);
    const answer = await h.api('POST', '/fine-tunes', {
      body: { model: 'qwen3-14b', training_file_ids: [fileId] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'InvalidParameter' });
    expect(answer.body.message).toContain('line 1');
  });

  it('ignores OpenAI name and weight by default, and refuses them when told to', async () => {
    const withWeight = [
      {
        messages: [
          { role: 'user', content: 'hi', name: 'sam' },
          { role: 'assistant', content: 'hello', weight: 0 },
        ],
      },
    ];
    h = await startAlibabaHarness();
    const job = await h.api<{ output: Job }>('POST', '/fine-tunes', {
      body: { model: 'qwen3-14b', training_file_ids: [await h.uploadJsonl(withWeight)] },
    });
    h.clock.advance(WHOLE_JOB_MS);
    expect((await statusOf(job.body.output.job_id)).status).toBe('SUCCEEDED');
    await h.close();

    h = await startAlibabaHarness({ settings: { unsupportedMessageFields: 'reject' } });
    const refused = await h.api<{ output: Job }>('POST', '/fine-tunes', {
      body: { model: 'qwen3-14b', training_file_ids: [await h.uploadJsonl(withWeight)] },
    });
    h.clock.advance(WHOLE_JOB_MS);
    expect((await statusOf(refused.body.output.job_id)).status).toBe('FAILED');
  });

  it('rejects unknown models, training types, files and out-of-range hyper-parameters with 400 InvalidParameter', async () => {
    h = await startAlibabaHarness();
    const fileId = await h.uploadJsonl(styledExamples());
    const bodies = [
      { model: 'qwen-max', training_file_ids: [fileId] },
      { model: 'qwen3-14b', training_file_ids: [fileId], training_type: 'dpo_full' },
      { model: 'qwen3-14b', training_file_ids: ['4b1c6c36-0000-4000-8000-000000000000'] },
      { model: 'qwen3-14b', training_file_ids: [fileId], hyper_parameters: { n_epochs: 0 } },
      { model: 'qwen3-14b' },
    ];
    for (const body of bodies) {
      const answer = await h.api('POST', '/fine-tunes', { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.body).sort()).toEqual(['code', 'message', 'request_id']);
      expect(answer.body.code).toBe('InvalidParameter');
    }
    expect((await h.api('GET', '/fine-tunes')).body).toMatchObject({ output: { total: 0 } });
  });

  it('cancels a running job (CANCELED with the tokens of the steps done), and only then deletes it', async () => {
    h = await startAlibabaHarness();
    const job = await createJob();
    h.clock.advance(ALIBABA_DURATIONS.app.pendingMs + ALIBABA_DURATIONS.app.queuingMs + 20_000);
    expect((await h.api('DELETE', `/fine-tunes/${job.job_id}`)).status).toBe(400);
    const cancel = await h.api('POST', `/fine-tunes/${job.job_id}/cancel`);
    expect(cancel.body).toMatchObject({ output: { status: 'success' } });
    const canceled = await statusOf(job.job_id);
    expect(canceled.status).toBe('CANCELED');
    expect(canceled.usage).toBeGreaterThan(0);
    h.clock.advance(WHOLE_JOB_MS);
    expect((await statusOf(job.job_id)).status).toBe('CANCELED');
    expect((await h.api('POST', `/fine-tunes/${job.job_id}/cancel`)).status).toBe(400);
    expect((await h.api('DELETE', `/fine-tunes/${job.job_id}`)).status).toBe(200);
    const gone = await h.api('GET', `/fine-tunes/${job.job_id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('NotFound');
  });

  it('lists newest first with page_no/page_size and filters by model', async () => {
    h = await startAlibabaHarness();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await createJob()).job_id);
      h.clock.advance(60_000);
    }
    const first = await h.api<{ output: { page_no: number; page_size: number; total: number; jobs: Job[] } }>(
      'GET',
      '/fine-tunes?page_no=1&page_size=2',
    );
    expect(first.body.output).toMatchObject({ page_no: 1, page_size: 2, total: 3 });
    expect(first.body.output.jobs.map((j) => j.job_id)).toEqual([ids[2], ids[1]]);
    const second = await h.api<{ output: { jobs: Job[] } }>('GET', '/fine-tunes?page_no=2&page_size=2');
    expect(second.body.output.jobs.map((j) => j.job_id)).toEqual([ids[0]]);
    const other = await h.api<{ output: { total: number } }>('GET', '/fine-tunes?model=qwen3-32b');
    expect(other.body.output.total).toBe(0);
  });

  it('keeps job ids unique even when many jobs start in the same minute (four hex digits per minute)', async () => {
    // 1,000 ids drawn from 65,536 per minute would collide about 7 times on average without the check.
    const service = createAlibabaPracticeService({ clock: createManualClock() });
    const headers = { authorization: `Bearer ${ALIBABA_PRACTICE_KEYS.singapore}` };
    const form = new FormData();
    form.append('purpose', 'fine-tune');
    form.append('file', new Blob([JSON.stringify(styledExamples(1)[0])]), 'train.jsonl');
    const base = `${ALIBABA_PRACTICE_HOSTS.singapore}`;
    const file = (await (
      await service.fetch(`${base}/compatible-mode/v1/files`, { method: 'POST', headers, body: form })
    ).json()) as { id: string };
    const ids = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const response = await service.fetch(`${base}/api/v1/fine-tunes`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'qwen3-14b', training_file_ids: [file.id] }),
      });
      ids.add(((await response.json()) as { output: { job_id: string } }).output.job_id);
    }
    expect(ids.size).toBe(1000);
    await service.dispose();
  });
});
