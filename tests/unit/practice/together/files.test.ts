// Files as Together serves them: the SDK's presigned upload and the multipart upload, processing on the clock
// (PENDING → QUEUED → RUNNING → COMPLETED / FAILED / INVALID_FORMAT), the validation report with the SDK
// checker's own messages, and Together's error envelope.
import { afterEach, describe, expect, it } from 'vitest';
import { type Json, type TogetherHarness, startTogetherHarness, styledExamples } from './harness';

let h: TogetherHarness;
afterEach(async () => h?.close());

describe('Together practice files', () => {
  it('takes the SDK presigned upload and processes it step by step on the clock', async () => {
    h = await startTogetherHarness();
    const id = await h.uploadPresigned(styledExamples(3));
    expect(id).toMatch(/^file-[0-9a-f-]{36}$/);
    const seen: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const file = (await h.call('GET', `/v1/files/${id}`)).body;
      seen.push(file['processing_status']);
      h.clock.advance(2_000);
    }
    expect(seen).toEqual(['PENDING', 'QUEUED', 'RUNNING', 'COMPLETED']);
    const file = (await h.call('GET', `/v1/files/${id}`)).body;
    expect(file).toMatchObject({
      object: 'file',
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      FileType: 'jsonl',
      Processed: true,
      validation_report: { valid: true, dataset_format: 'CONVERSATION', nlines: 3, file_id: id },
    });
    expect(typeof file['created_at']).toBe('number');
  });

  it('takes the multipart upload and lists the file', async () => {
    h = await startTogetherHarness();
    const file = await h.uploadMultipart([{ prompt: 'Hi', completion: 'Hello — Mo' }]);
    expect(file['processing_status']).toBe('PENDING');
    h.clock.advance(60_000);
    const list = (await h.call<{ data: Json[] }>('GET', '/v1/files')).body.data;
    expect(list.map((f) => f['id'])).toEqual([file['id']]);
    expect(list[0]?.['validation_report']).toMatchObject({ valid: true, dataset_format: 'INSTRUCTION' });
  });

  it.each([
    [
      [
        {
          messages: [
            { role: 'user', content: 'a' },
            { role: 'user', content: 'b' },
          ],
        },
      ],
      'Invalid role turns on line 1 of the input file. After the optional system message, conversation roles must alternate between user/assistant/user/assistant.',
    ],
    [
      [styledExamples(1)[0], { messages: [{ role: 'user', content: 'only a question' }] }],
      'Invalid format on line 2 of the input file. At least one message with the assistant role must be present in the example.',
    ],
    [
      [
        {
          messages: [
            { role: 'user', content: 'q' },
            { role: 'assistant', content: 'a', weight: 0.5 },
          ],
        },
      ],
      'Weight must be an integer on line 1.',
    ],
    // Together's function-calling fine-tuning takes `tool` messages (docs, 2026-12-05); older roles do not pass.
    [
      [{ messages: [{ role: 'function', content: 'x' }] }],
      'Invalid role `function` in conversation on line 1. Possible roles: system, user, assistant, tool',
    ],
    [
      [{ messages: [{ role: 'tool', content: 'x' }] }],
      'Missing required column `tool_call_id` in tool message on line 1.',
    ],
  ])('reports INVALID_FORMAT with the checker message (%#)', async (lines, message) => {
    h = await startTogetherHarness();
    const id = await h.processedFile(lines as unknown[]);
    const file = (await h.call('GET', `/v1/files/${id}`)).body;
    expect(file['processing_status']).toBe('INVALID_FORMAT');
    expect(file['validation_report']).toMatchObject({
      valid: false,
      error: message,
      error_type: 'INVALID_FORMAT',
    });
  });

  it('fails a file that is not UTF-8', async () => {
    h = await startTogetherHarness();
    const id = await h.processedFile([]);
    expect((await h.call('GET', `/v1/files/${id}`)).body['validation_report']).toMatchObject({
      valid: false,
      error: 'File is empty',
    });
    const form = new FormData();
    form.append('purpose', 'fine-tune');
    form.append('file_name', 'bad.jsonl');
    form.append('file', new Blob([new Uint8Array([0xff, 0xfe, 0x00])]), 'bad.jsonl');
    const bad = (await (
      await fetch(`${h.server.url}/files/upload`, {
        method: 'POST',
        headers: { authorization: 'Bearer together-practice-key' },
        body: form,
      })
    ).json()) as Json;
    h.clock.advance(60_000);
    const file = (await h.call('GET', `/v1/files/${String(bad['id'])}`)).body;
    expect(file).toMatchObject({
      processing_status: 'FAILED',
      validation_report: { error: 'File is not UTF-8 encoded.' },
    });
  });

  it('answers errors in Together’s envelope, the bad key with the observed body', async () => {
    h = await startTogetherHarness();
    const badKey = await h.call('GET', '/v1/files', undefined, 'wrong');
    expect(badKey.status).toBe(401);
    expect(badKey.body).toEqual({
      error: {
        message:
          'Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    });
    const missing = await h.call('GET', '/v1/files/file-nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      error: { message: 'File file-nope not found', type: 'invalid_request_error' },
    });
  });
});
