// Endpoint behaviour through the SDK: streaming, pagination, uploads, embeddings, moderations, and the two
// ways of reaching the service (in-process fetch as the app does, loopback CLI for everything else).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import OpenAI, { toFile } from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PRACTICE_BASE_URL,
  createManualClock,
  createPracticeService,
} from '../../../electron/main/services/practice';
import { type Harness, startHarness, trainingJsonl, uploadTrainingFile } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const question = [{ role: 'user' as const, content: 'How do I descale my kettle?' }];

describe('chat completions', () => {
  it('streams chunks shaped like OpenAI’s, ending in a usage chunk, with the same text as the plain answer', async () => {
    const plain = await h.client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: question,
      seed: 7,
    });
    const stream = await h.client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: question,
      seed: 7,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks[0]?.choices[0]?.delta).toMatchObject({ role: 'assistant', content: '' });
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toEqual(plain.usage);
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
    expect(chunks.at(-2)?.choices[0]).toMatchObject({ delta: {}, finish_reason: 'stop' });
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(plain.choices[0]?.message.content);
    expect(chunks.length).toBeGreaterThan(4);
  });

  it('omits usage chunks without include_usage and reports finish_reason "length" when cut by max tokens', async () => {
    const stream = await h.client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: question,
      stream: true,
      max_completion_tokens: 3,
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.every((c) => !('usage' in c))).toBe(true);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('length');
    const plain = await h.client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: question,
      max_completion_tokens: 3,
    });
    expect(plain.usage?.completion_tokens).toBeLessThanOrEqual(3);
    expect(plain.choices[0]?.finish_reason).toBe('length');
  });

  it('answers n choices and rejects stream_options without stream', async () => {
    const many = await h.client.chat.completions.create({ model: 'gpt-4o-mini', messages: question, n: 3 });
    expect(many.choices.map((c) => c.index)).toEqual([0, 1, 2]);
    await expect(
      h.client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: question,
        stream_options: { include_usage: true },
      }),
    ).rejects.toMatchObject({ status: 400, param: 'stream_options' });
  });
});

describe('pagination (newest first, after/limit/has_more)', () => {
  it('pages through jobs and lets the SDK auto-pager collect them all', async () => {
    const file = await uploadTrainingFile(h.client, trainingJsonl(10));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (
          await h.client.fineTuning.jobs.create({
            model: 'gpt-4o-mini',
            training_file: file.id,
            metadata: { n: String(i % 2) },
          })
        ).id,
      );
      h.clock.advance(1_000);
    }
    const first = await h.client.fineTuning.jobs.list({ limit: 2 });
    expect(first.data.map((j) => j.id)).toEqual([ids[4], ids[3]]);
    expect(first.has_more).toBe(true);
    const second = await h.client.fineTuning.jobs.list({ limit: 2, after: ids[3] });
    expect(second.data.map((j) => j.id)).toEqual([ids[2], ids[1]]);
    const all: string[] = [];
    for await (const job of h.client.fineTuning.jobs.list({ limit: 2 })) all.push(job.id);
    expect(all).toEqual([...ids].reverse());
    const odd = await h.client.fineTuning.jobs.list({ metadata: { n: '1' } });
    expect(odd.data.map((j) => j.id)).toEqual([ids[3], ids[1]]);
  });

  it('lists files newest first with first_id/last_id, filters by purpose, and honours order=asc', async () => {
    const a = await uploadTrainingFile(h.client, trainingJsonl(1), 'a.jsonl');
    const b = await uploadTrainingFile(h.client, trainingJsonl(1), 'b.jsonl');
    const c = await h.client.files.create({
      file: await toFile(Buffer.from('{}'), 'c.json'),
      purpose: 'assistants',
    });
    const page = await h.client.files.list({ limit: 2 });
    expect(page.data.map((f) => f.id)).toEqual([c.id, b.id]);
    expect(page.has_more).toBe(true);
    const fineTune = await h.client.files.list({ purpose: 'fine-tune' });
    expect(fineTune.data.map((f) => f.id)).toEqual([b.id, a.id]);
    const asc = await h.client.files.list({ order: 'asc' });
    expect(asc.data.map((f) => f.id)).toEqual([a.id, b.id, c.id]);
    const raw = (await h.client.files
      .list({ limit: 2 })
      .asResponse()
      .then((r) => r.json())) as { first_id: string; last_id: string };
    expect(raw).toMatchObject({ first_id: c.id, last_id: b.id });
    await expect(
      h.client.files.create({ file: await toFile(Buffer.from('x'), 'data.csv'), purpose: 'fine-tune' }),
    ).rejects.toMatchObject({ status: 400 });
  });
});

describe('uploads', () => {
  it('assembles parts in the order given at completion into a file', async () => {
    const content = Buffer.from(trainingJsonl(10));
    const upload = await h.client.uploads.create({
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      bytes: content.byteLength,
      mime_type: 'text/jsonl',
    });
    expect(upload).toMatchObject({ status: 'pending', file: null, object: 'upload' });
    const cut = 1000;
    const tail = await h.client.uploads.parts.create(upload.id, {
      data: await toFile(content.subarray(cut), 'tail'),
    });
    const head = await h.client.uploads.parts.create(upload.id, {
      data: await toFile(content.subarray(0, cut), 'head'),
    });
    expect(head).toMatchObject({ object: 'upload.part', upload_id: upload.id });
    expect(head.id).toMatch(/^part_/);
    const md5 = createHash('md5').update(content).digest('hex');
    const done = await h.client.uploads.complete(upload.id, { part_ids: [head.id, tail.id], md5 });
    expect(done.status).toBe('completed');
    expect(done.file?.bytes).toBe(content.byteLength);
    const stored = Buffer.from(await (await h.client.files.content(done.file?.id ?? '')).arrayBuffer());
    expect(stored.equals(content)).toBe(true);
    await expect(
      h.client.uploads.parts.create(upload.id, { data: await toFile(Buffer.from('x'), 'late') }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('refuses to complete when the bytes do not add up, cancels, and expires after an hour', async () => {
    const upload = await h.client.uploads.create({
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      bytes: 100,
      mime_type: 'text/jsonl',
    });
    const part = await h.client.uploads.parts.create(upload.id, {
      data: await toFile(Buffer.alloc(40), 'p'),
    });
    await expect(h.client.uploads.complete(upload.id, { part_ids: [part.id] })).rejects.toMatchObject({
      status: 400,
      param: 'part_ids',
    });
    expect((await h.client.uploads.cancel(upload.id)).status).toBe('cancelled');

    const stale = await h.client.uploads.create({
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      bytes: 1,
      mime_type: 'text/jsonl',
    });
    h.clock.advance(3_600_000);
    await expect(
      h.client.uploads.parts.create(stale.id, { data: await toFile(Buffer.from('x'), 'p') }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(h.client.uploads.cancel('upload_nope')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe('embeddings and moderations', () => {
  const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

  it('returns deterministic vectors (decoded by the SDK from base64) in which similar texts are closer', async () => {
    const result = await h.client.embeddings.create({
      model: 'text-embedding-3-small',
      input: [
        'my kettle will not switch on',
        'the kettle does not switch on',
        'quarterly tax filing deadline',
      ],
    });
    const [a, b, c] = result.data.map((d) => d.embedding);
    expect(a).toHaveLength(1536);
    expect(cosine(a ?? [], b ?? [])).toBeGreaterThan(cosine(a ?? [], c ?? []));
    expect(result.usage.prompt_tokens).toBeGreaterThan(0);
    const again = await h.client.embeddings.create({
      model: 'text-embedding-3-small',
      input: 'my kettle will not switch on',
      dimensions: 1536,
    });
    expect(again.data[0]?.embedding.map((x) => Math.fround(x))).toEqual(a?.map((x) => Math.fround(x)));
    const small = await h.client.embeddings.create({
      model: 'text-embedding-3-large',
      input: 'hi',
      dimensions: 32,
      encoding_format: 'float',
    });
    expect(small.data[0]?.embedding).toHaveLength(32);
    await expect(h.client.embeddings.create({ model: 'gpt-4o-mini', input: 'hi' })).rejects.toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
  });

  it('moderates each input with all of OpenAI’s categories', async () => {
    const result = await h.client.moderations.create({
      input: ['Thanks, the kettle works again!', 'You are so stupid, honestly.'],
    });
    expect(result.id).toMatch(/^modr-/);
    expect(result.results.map((r) => r.flagged)).toEqual([false, true]);
    expect(Object.keys(result.results[0]?.categories ?? {})).toHaveLength(13);
  });
});

describe('ways in', () => {
  it('serves the app in-process through the SDK’s fetch option, without a port', async () => {
    const service = createPracticeService({ clock: createManualClock() });
    const client = new OpenAI({
      apiKey: 'tunesmith-practice',
      baseURL: PRACTICE_BASE_URL,
      fetch: service.fetch,
    });
    const file = await client.files.create({
      file: await toFile(Buffer.from(trainingJsonl(10)), 't.jsonl'),
      purpose: 'fine-tune',
    });
    const job = await client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    expect(job.status).toBe('validating_files');
    const { response } = await client.models.list().withResponse();
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('runs as `practice-api --port 0 --fast`, printing its URL, and stops on SIGTERM', async () => {
    const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/practice-api.ts', '--port', '0', '--fast'],
      { cwd: repoRoot },
    );
    try {
      let output = '';
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (data: Buffer) => {
          output += data.toString();
          const match = /^Practice API listening on (http:\/\/127\.0\.0\.1:\d+\/v1)$/m.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
      });
      const client = new OpenAI({ apiKey: 'tunesmith-practice', baseURL: line, maxRetries: 0 });
      expect((await client.models.list()).data.length).toBeGreaterThan(0);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
