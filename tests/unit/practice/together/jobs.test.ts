// Fine-tunes as Together serves them: the status path with its event types and step / total_steps, ISO
// timestamps, list without pagination, cancel → cancel_requested → cancelled, delete, checkpoints, /metrics,
// estimate-price with allowed_to_proceed / user_limit, models/limits and the weights download.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE, type Json, type TogetherHarness, WHOLE_JOB_MS, startTogetherHarness } from './harness';

let h: TogetherHarness;
afterEach(async () => h?.close());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

async function createJob(extra: Json = {}) {
  const file = await h.processedFile();
  const created = await h.call('POST', '/v1/fine-tunes', {
    model: BASE,
    training_file: file,
    n_epochs: 2,
    batch_size: 8,
    n_checkpoints: 2,
    suffix: 'mo-voice',
    ...extra,
  });
  expect(created.status).toBe(200);
  return created.body;
}

describe('Together practice fine-tunes', () => {
  it('walks pending → queued → running → compressing → uploading → completed with typed events', async () => {
    h = await startTogetherHarness();
    const job = await createJob();
    expect(job['id']).toMatch(/^ft-[0-9a-f-]{36}$/);
    expect(job).toMatchObject({ status: 'pending', model: BASE, suffix: 'mo-voice', n_epochs: 2 });
    expect(job['created_at']).toMatch(ISO);
    const statuses: string[] = [];
    for (let i = 0; i < 200; i++) {
      const now = (await h.call('GET', `/v1/fine-tunes/${String(job['id'])}`)).body;
      if (statuses.at(-1) !== now['status']) statuses.push(String(now['status']));
      if (now['status'] === 'completed') break;
      h.clock.advance(1_000);
    }
    expect(statuses).toEqual(['pending', 'queued', 'running', 'compressing', 'uploading', 'completed']);
    const events = (await h.call<{ data: Json[] }>('GET', `/v1/fine-tunes/${String(job['id'])}/events`)).body
      .data;
    const types = events.map((e) => e['type']);
    expect(types[0]).toBe('job_pending');
    expect(types).toEqual(
      expect.arrayContaining(['job_start', 'training_start', 'epoch_complete', 'checkpoint_save']),
    );
    expect(types.slice(-5)).toEqual([
      'model_compressing',
      'model_compression_complete',
      'model_uploading',
      'model_upload_complete',
      'job_complete',
    ]);
    const epochs = events.filter((e) => e['type'] === 'epoch_complete');
    // 16 examples at batch 8: 2 steps per epoch, 2 epochs.
    expect(epochs.map((e) => [e['step'], e['total_steps']])).toEqual([
      [2, 4],
      [4, 4],
    ]);
    expect(events.every((e) => e['object'] === 'fine-tune-event' && ISO.test(String(e['created_at'])))).toBe(
      true,
    );
    const done = (await h.call('GET', `/v1/fine-tunes/${String(job['id'])}`)).body;
    expect(done['model_output_name']).toMatch(/^practice-user\/Qwen3-8B-mo-voice-[0-9a-f]{8}$/);
    expect(done['model_object_name']).toMatch(/^practice\/Qwen3-8B-mo-voice-/);
    expect(done['adapter_object_name']).toMatch(/-adapter$/);
    expect(Number(done['total_price'])).toBeGreaterThan(0);
  });

  it('lists without pagination, cancels through cancel_requested and deletes only finished jobs', async () => {
    h = await startTogetherHarness();
    const a = await createJob({ suffix: 'a' });
    const b = await createJob({ suffix: 'b' });
    const list = (await h.call('GET', '/v1/fine-tunes')).body;
    expect(Object.keys(list)).toEqual(['data']);
    expect((list['data'] as Json[]).map((j) => j['suffix'])).toEqual(['a', 'b']);
    expect((await h.call('DELETE', `/v1/fine-tunes/${String(a['id'])}`)).status).toBe(400);
    const cancel = await h.call('POST', `/v1/fine-tunes/${String(a['id'])}/cancel`);
    expect(cancel.body['status']).toBe('cancel_requested');
    expect((await h.call('POST', `/v1/fine-tunes/${String(a['id'])}/cancel`)).status).toBe(400);
    h.clock.advance(60_000);
    const cancelled = (await h.call('GET', `/v1/fine-tunes/${String(a['id'])}`)).body;
    expect(cancelled['status']).toBe('cancelled');
    const types = (cancelled['events'] as Json[]).map((e) => e['type']);
    expect(types.slice(-2)).toEqual(['cancel_requested', 'job_stopped']);
    expect((await h.call('DELETE', `/v1/fine-tunes/${String(a['id'])}`)).body).toHaveProperty('message');
    const after = (await h.call<{ data: Json[] }>('GET', '/v1/fine-tunes')).body.data;
    expect(after.map((j) => j['id'])).toEqual([b['id']]);
  });

  it('ends in user_error when the training file is gone, and in error when training fails', async () => {
    h = await startTogetherHarness();
    const job = await createJob();
    await h.call('DELETE', `/v1/files/${String(job['training_file'])}`);
    h.clock.advance(WHOLE_JOB_MS);
    const failed = (await h.call('GET', `/v1/fine-tunes/${String(job['id'])}`)).body;
    expect(failed['status']).toBe('user_error');
    expect((failed['events'] as Json[]).at(-1)).toMatchObject({ type: 'job_error', level: 'error' });
    h.service.settings.jobOutcome = 'error';
    const second = await createJob();
    h.clock.advance(WHOLE_JOB_MS);
    expect((await h.call('GET', `/v1/fine-tunes/${String(second['id'])}`)).body['status']).toBe('error');
  });

  it('estimates the price, says when the limit blocks it, and refuses such a job with 402', async () => {
    h = await startTogetherHarness();
    const pending = await h.uploadPresigned([{ text: 'hello' }]);
    expect((await h.call('POST', '/v1/fine-tunes/estimate-price', { training_file: pending })).body).toEqual({
      estimation_available: false,
      unavailable_reason: 'train_file_not_validated',
    });
    const file = await h.processedFile();
    const estimate = (
      await h.call('POST', '/v1/fine-tunes/estimate-price', { training_file: file, model: BASE, n_epochs: 3 })
    ).body;
    expect(estimate).toMatchObject({ estimation_available: true, allowed_to_proceed: true, user_limit: 100 });
    const trainTokens = Number(estimate['estimated_train_token_count']);
    expect(trainTokens % 3).toBe(0);
    expect(Number(estimate['estimated_total_price'])).toBeCloseTo((trainTokens * 0.48) / 1e6, 6);
    h.service.settings.userLimitUsd = 0;
    const blocked = (
      await h.call('POST', '/v1/fine-tunes/estimate-price', { training_file: file, model: BASE })
    ).body;
    expect(blocked['allowed_to_proceed']).toBe(false);
    const refused = await h.call('POST', '/v1/fine-tunes', { model: BASE, training_file: file });
    expect(refused.status).toBe(402);
    expect((await h.call<{ data: Json[] }>('GET', '/v1/fine-tunes')).body.data).toHaveLength(0);
  });

  it('refuses a job on a file still processing or invalid, and answers limits per model', async () => {
    h = await startTogetherHarness();
    const pending = await h.uploadPresigned([{ text: 'hello' }]);
    const early = await h.call('POST', '/v1/fine-tunes', { model: BASE, training_file: pending });
    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({ error: { param: 'training_file' } });
    const limits = (
      await h.call('GET', `/v1/fine-tunes/models/limits?model_name=${encodeURIComponent(BASE)}`)
    ).body;
    expect(limits).toMatchObject({ supports_tools: true, lora_training: { max_rank: 64 } });
    expect((await h.call('GET', '/v1/fine-tunes/models/limits?model_name=nope/nope')).status).toBe(404);
  });

  it('serves checkpoints, metrics up to the current step, and a tar archive of the weights', async () => {
    h = await startTogetherHarness();
    const job = await createJob({ n_epochs: 4, n_checkpoints: 2 });
    const id = String(job['id']);
    h.clock.advance(10_000 + 1_000 + 45_000 / 2 + 1);
    const mid = (await h.call<{ metrics: Json[] }>('GET', `/v1/fine-tunes/${id}/metrics`)).body.metrics;
    expect(mid.length).toBeGreaterThan(0);
    expect(mid.length).toBeLessThan(8);
    expect(Object.values(mid[0] ?? {}).every((v) => typeof v === 'number')).toBe(true);
    expect((await h.call('GET', `/v1/finetune/download?ft_id=${id}`)).status).toBe(400);
    h.clock.advance(WHOLE_JOB_MS);
    const all = (await h.call<{ metrics: Json[] }>('GET', `/v1/fine-tunes/${id}/metrics`)).body.metrics;
    expect(all.map((m) => m['global_step'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const some = (
      await h.call<{ metrics: Json[] }>(
        'GET',
        `/v1/fine-tunes/${id}/metrics?global_step_from=3&global_step_to=4`,
      )
    ).body.metrics;
    expect(some.map((m) => m['global_step'])).toEqual([3, 4]);
    const checkpoints = (await h.call<{ data: Json[] }>('GET', `/v1/fine-tunes/${id}/checkpoints`)).body.data;
    expect(checkpoints.map((k) => [k['step'], k['checkpoint']])).toEqual([
      [4, 'adapter'],
      [8, 'model'],
      [8, 'adapter'],
    ]);
    const response = await fetch(`${h.server.url}/finetune/download?ft_id=${id}&checkpoint=adapter`, {
      headers: { authorization: 'Bearer together-practice-key', accept: 'application/octet-stream' },
    });
    expect(response.headers.get('content-disposition')).toMatch(/-adapter\.tar"$/);
    const dir = mkdtempSync(join(tmpdir(), 'together-dl-'));
    writeFileSync(join(dir, 'a.tar'), Buffer.from(await response.arrayBuffer()));
    execFileSync('tar', ['-xf', 'a.tar'], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, 'adapter_config.json'), 'utf8'))).toMatchObject({
      base_model_name_or_path: BASE,
      peft_type: 'LORA',
    });
  });
});
