// The Alibaba practice service in-process (as the app reaches it) and across a restart: a job that was
// running when the app closed carries on from the stored state, and unreadable state is set aside.
import { describe, expect, it } from 'vitest';
import OpenAI, { toFile } from 'openai';
import { createManualClock } from '../../../../electron/main/services/practice';
import {
  ALIBABA_DURATIONS,
  ALIBABA_PRACTICE_HOSTS,
  ALIBABA_PRACTICE_KEYS,
  type AlibabaPracticeService,
  createAlibabaPracticeService,
} from '../../../../electron/main/services/practice/alibaba';
import { styledExamples } from './harness';

const KEY = ALIBABA_PRACTICE_KEYS.singapore;
const HOST = ALIBABA_PRACTICE_HOSTS.singapore;

async function native(service: AlibabaPracticeService, method: string, path: string, body?: unknown) {
  const response = await service.fetch(`${HOST}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as { output: Record<string, unknown> };
}

describe('Alibaba practice service in-process and across restarts', () => {
  it('serves the openai SDK through its fetch and resumes a running job after a restart', async () => {
    let saved: unknown;
    const persistence = { load: () => saved, save: (state: unknown) => void (saved = state) };
    const clock = createManualClock();
    const first = createAlibabaPracticeService({ clock, persistence, durations: ALIBABA_DURATIONS.app });
    const client = new OpenAI({ apiKey: KEY, baseURL: `${HOST}/compatible-mode/v1`, fetch: first.fetch });
    const lines = styledExamples()
      .map((l) => JSON.stringify(l))
      .join('\n');
    const file = await client.files.create({
      file: await toFile(Buffer.from(lines), 'train.jsonl'),
      purpose: 'fine-tune',
    });
    const created = await native(first, 'POST', '/fine-tunes', {
      model: 'qwen3-14b',
      training_file_ids: [file.id],
      training_type: 'efficient_sft',
    });
    const id = String(created.output['job_id']);
    clock.advance(ALIBABA_DURATIONS.app.pendingMs + ALIBABA_DURATIONS.app.queuingMs + 1_000);
    expect((await native(first, 'GET', `/fine-tunes/${id}`)).output['status']).toBe('RUNNING');
    await first.dispose();

    const second = createAlibabaPracticeService({ clock, persistence, durations: ALIBABA_DURATIONS.app });
    expect(second.loadOutcome.kind).toBe('restored');
    clock.advance(ALIBABA_DURATIONS.app.runningMs);
    const done = await native(second, 'GET', `/fine-tunes/${id}`);
    expect(done.output['status']).toBe('SUCCEEDED');
    expect(done.output['finetuned_output']).toBe(`qwen3-14b-${id}`);
  });

  it('sets unreadable stored state aside and starts empty', () => {
    const service = createAlibabaPracticeService({
      persistence: { load: () => ({ version: 9 }), save: () => {} },
    });
    expect(service.loadOutcome.kind).toBe('rejected');
    expect(service.snapshot().jobs).toEqual([]);
  });
});
