// The Together practice service keeps its files, jobs, endpoints and bills across a restart (the app gives it
// practice-together.json), and time that passed while it was closed is applied on the next read: a deployment
// that sat idle scaled to zero at its window, and its bill says so.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../../electron/main/services/practice';
import {
  TOGETHER_PRACTICE_BASE_URL,
  TOGETHER_PRACTICE_KEY,
  TOGETHER_PRACTICE_ORIGIN,
  TOGETHER_PRACTICE_V2_URL,
  type TogetherPracticeService,
  createTogetherPracticeService,
} from '../../../../electron/main/services/practice/together';
import { createAppServices } from '../../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../../electron/main/services/keys/SecretCipher';
import { BASE, type Json, PROJECT, WHOLE_JOB_MS, styledExamples } from './harness';

let service: TogetherPracticeService | undefined;
afterEach(async () => service?.dispose());

async function call(s: TogetherPracticeService, method: string, url: string, body?: unknown): Promise<Json> {
  const response = await s.fetch(url, {
    method,
    headers: { authorization: `Bearer ${TOGETHER_PRACTICE_KEY}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as Json;
}

/** Upload, train and deploy with a 15-minute scale-to-zero window; returns the job id. */
async function trainAndDeploy(s: TogetherPracticeService, advance: (ms: number) => void): Promise<string> {
  const form = new FormData();
  form.append('purpose', 'fine-tune');
  form.append('file_name', 'train.jsonl');
  form.append(
    'file',
    new Blob([
      styledExamples()
        .map((l) => JSON.stringify(l))
        .join('\n'),
    ]),
    'train.jsonl',
  );
  const file = (await (
    await s.fetch(`${TOGETHER_PRACTICE_BASE_URL}/files/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOGETHER_PRACTICE_KEY}` },
      body: form,
    })
  ).json()) as Json;
  advance(60_000);
  const job = await call(s, 'POST', `${TOGETHER_PRACTICE_BASE_URL}/fine-tunes`, {
    model: BASE,
    training_file: file['id'],
  });
  advance(WHOLE_JOB_MS);
  const done = await call(s, 'GET', `${TOGETHER_PRACTICE_BASE_URL}/fine-tunes/${String(job['id'])}`);
  const endpoint = await call(s, 'POST', `${TOGETHER_PRACTICE_V2_URL}/projects/${PROJECT}/endpoints`, {
    name: 'kept',
  });
  await call(
    s,
    'POST',
    `${TOGETHER_PRACTICE_V2_URL}/projects/${PROJECT}/endpoints/${String(endpoint['id'])}/deployments`,
    {
      name: 'main',
      model: `projects/${PROJECT}/models/${String(done['model_object_id'])}`,
      autoscaling: { minReplicas: 1, maxReplicas: 1, scaleToZeroWindow: '900s' },
    },
  );
  return String(job['id']);
}

describe('Together practice persistence', () => {
  it('restores jobs and endpoints, and applies the idle window that passed while closed', async () => {
    const clock = createManualClock();
    let saved: unknown;
    const persistence = { load: () => saved, save: (state: unknown) => void (saved = state) };
    service = createTogetherPracticeService({ clock, persistence });
    const jobId = await trainAndDeploy(service, (ms) => clock.advance(ms));
    await service.flush();
    await service.dispose();
    const closedAt = clock.now();
    clock.advance(3 * 60 * 60_000); // the app was closed for three hours
    service = createTogetherPracticeService({ clock, persistence });
    expect(service.loadOutcome.kind).toBe('restored');
    const job = await call(service, 'GET', `${TOGETHER_PRACTICE_BASE_URL}/fine-tunes/${jobId}`);
    expect(job['status']).toBe('completed');
    const [usage] = service.endpointUsage();
    expect(usage).toMatchObject({ endpointName: 'practice/kept', running: false });
    expect(usage?.runs[0]?.endedBy).toBe('scaled_to_zero');
    // 20 s provisioning + 900 s idle, billed as 16 minutes, not three hours.
    expect(usage?.runs[0]?.endedAt).toBe(new Date(closedAt + 20_000 + 900_000).toISOString());
    expect(usage?.billedMinutes).toBe(16);
  });

  it('is created by the app beside the other practice services and survives an app restart', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-together-'));
    const clock = createManualClock();
    const plainCipher: SecretCipher = {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(s, 'utf8'),
      decryptString: (b) => b.toString('utf8'),
    };
    const start = () =>
      createAppServices({
        userDataDir: dir,
        cipher: plainCipher,
        openExternal: async () => {},
        emit: () => {},
        logSink: () => {},
        version: 'test',
        platform: 'test',
        practiceClock: clock,
      });
    const first = await start();
    await trainAndDeploy(first.togetherPractice, (ms) => clock.advance(ms));
    await first.togetherPractice.flush();
    const second = await start();
    expect(second.togetherPractice.loadOutcome.kind).toBe('restored');
    const list = await call(
      second.togetherPractice,
      'GET',
      `${TOGETHER_PRACTICE_ORIGIN}/v2/projects/${PROJECT}/endpoints`,
    );
    expect((list['data'] as Json[]).map((e) => e['name'])).toEqual(['practice/kept']);
  });
});
