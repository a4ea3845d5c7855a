// The practice service gives a careful client what it needs to stay duplicate-free under the faults the
// adapter is tested with: after 503-after-create, a dropped socket or a hang on job or deployment creation,
// listing finds the job by its suffix and the deployment by its model, so 20 user actions under each fault
// leave exactly 20 jobs and (per model) one deployment. The client here is the minimal such client, not the
// app's adapter (whose own tests run the same faults through its call policy).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../../../electron/main/services/practice';
import type { FaultAction } from '../../../../electron/main/services/practice';
import {
  ALIBABA_DURATIONS,
  ALIBABA_PRACTICE_HOSTS,
  ALIBABA_PRACTICE_KEYS,
  type AlibabaPracticeService,
  createAlibabaPracticeService,
} from '../../../../electron/main/services/practice/alibaba';
import { styledExamples } from './harness';

const HOST = ALIBABA_PRACTICE_HOSTS.singapore;
const KEY = ALIBABA_PRACTICE_KEYS.singapore;
const FAULTS: Record<string, FaultAction> = {
  '503-after-create': { kind: 'after-handler', status: 503 },
  'dropped socket': { kind: 'drop' },
  hang: { kind: 'hang' },
};

let service: AlibabaPracticeService;
afterEach(async () => service?.dispose());

type Output = Record<string, unknown>;

/** One native call; a hung call is abandoned once the service has seen it (the client's timeout). */
async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; output?: Output } | null> {
  const controller = new AbortController();
  const before = service.faults.requests.length;
  const pending = service.fetch(`${HOST}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: controller.signal,
  });
  const settled = pending.then(
    async (r) => ({ status: r.status, output: ((await r.json()) as { output?: Output }).output }),
    () => null,
  );
  await vi.waitFor(() => expect(service.faults.requests.length).toBeGreaterThan(before));
  // Give the service a turn to answer; a request still unanswered then is hung, and the client gives up.
  await new Promise((resolve) => setImmediate(resolve));
  if (service.faults.requests.at(-1)?.status === null) controller.abort();
  return settled;
}

async function listJobs(): Promise<Output[]> {
  return ((await call('GET', '/fine-tunes?page_no=1&page_size=100'))?.output?.['jobs'] ?? []) as Output[];
}

/** Creates a job for one user action: before any retry, look for the action's reference in the suffix. */
async function createJobOnce(fileId: string, reference: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0 && (await listJobs()).some((j) => j['finetuned_output_suffix'] === reference)) return;
    const answer = await call('POST', '/fine-tunes', {
      model: 'qwen3-14b',
      training_file_ids: [fileId],
      training_type: 'efficient_sft',
      finetuned_output_suffix: reference,
    });
    if (answer?.status === 200) return;
  }
  throw new Error('gave up');
}

async function deployOnce(model: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) {
      const list = (await call('GET', '/deployments?page_no=1&page_size=200'))?.output?.[
        'deployments'
      ] as Output[];
      if (list.some((d) => d['model_name'] === model)) return;
    }
    if (
      (await call('POST', '/deployments', { model_name: model, plan: 'lora', capacity: 1 }))?.status === 200
    )
      return;
  }
  throw new Error('gave up');
}

async function upload(): Promise<string> {
  const form = new FormData();
  form.append('purpose', 'fine-tune');
  form.append(
    'file',
    new Blob([
      styledExamples()
        .map((l) => JSON.stringify(l))
        .join('\n'),
    ]),
    'train.jsonl',
  );
  const response = await service.fetch(`${HOST}/compatible-mode/v1/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}` },
    body: form,
  });
  return ((await response.json()) as { id: string }).id;
}

describe.each(Object.entries(FAULTS))('Alibaba practice, 20 runs of %s on creation', (_name, action) => {
  it('leaves exactly one job per user action', async () => {
    service = createAlibabaPracticeService({ clock: createManualClock() });
    const fileId = await upload();
    for (let run = 0; run < 20; run++) {
      service.faults.failTimes('POST /api/v1/fine-tunes', 1, action);
      await createJobOnce(fileId, `run${run}`);
    }
    const jobs = await listJobs();
    expect(jobs).toHaveLength(20);
    expect(new Set(jobs.map((j) => j['finetuned_output_suffix'])).size).toBe(20);
  });

  it('leaves exactly one deployment per model', async () => {
    const clock = createManualClock();
    service = createAlibabaPracticeService({ clock });
    const fileId = await upload();
    for (let run = 0; run < 20; run++) await createJobOnce(fileId, `m${run}`);
    clock.advance(20 * 60_000 + ALIBABA_DURATIONS.app.runningMs);
    const models = (await listJobs()).map((j) => String(j['finetuned_output']));
    for (const model of models) {
      service.faults.failTimes('POST /api/v1/deployments', 1, action);
      await deployOnce(model);
    }
    const list = (await call('GET', '/deployments?page_no=1&page_size=200'))?.output;
    expect(list?.['total']).toBe(20);
    const deployments = list?.['deployments'] as Output[];
    expect(new Set(deployments.map((d) => d['model_name']))).toEqual(new Set(models));
  });
});
