// The practice service gives a careful client what it needs to stay duplicate-free under the faults the
// adapter will be tested with: after 503-after-create, a dropped socket or a hang on job, endpoint or
// deployment creation, listing finds the job by its suffix and the endpoint / deployment by its name, so 20
// user actions under each fault leave exactly 20 jobs and 20 endpoints with one deployment each. The client here
// is the minimal such client, not the app's adapter.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FaultAction, createManualClock } from '../../../../electron/main/services/practice';
import {
  TOGETHER_PRACTICE_BASE_URL,
  TOGETHER_PRACTICE_KEY,
  TOGETHER_PRACTICE_ORIGIN,
  type TogetherPracticeService,
  createTogetherPracticeService,
} from '../../../../electron/main/services/practice/together';
import { BASE, type Json, PROJECT, WHOLE_JOB_MS, styledExamples } from './harness';

const FAULTS: Record<string, FaultAction> = {
  '503-after-create': { kind: 'after-handler', status: 503 },
  'dropped socket': { kind: 'drop' },
  hang: { kind: 'hang' },
};
const EP = `/v2/projects/${PROJECT}/endpoints`;

let service: TogetherPracticeService;
afterEach(async () => service?.dispose());

/** One call in process; a hung call is abandoned once the service has seen it (the client's timeout). */
async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Json } | null> {
  const controller = new AbortController();
  const before = service.faults.requests.length;
  const pending = service.fetch(`${TOGETHER_PRACTICE_ORIGIN}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOGETHER_PRACTICE_KEY}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: controller.signal,
  });
  const settled = pending.then(
    async (r) => ({ status: r.status, body: (await r.json()) as Json }),
    () => null,
  );
  await vi.waitFor(() => expect(service.faults.requests.length).toBeGreaterThan(before));
  await new Promise((resolve) => setImmediate(resolve));
  if (service.faults.requests.at(-1)?.status === null) controller.abort();
  return settled;
}

/** Retries a creation at most 3 times; before each retry, looks for what the first try may have made. */
async function once(create: () => Promise<{ status: number } | null>, exists: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0 && (await exists())) return;
    if ((await create())?.status === 200) return;
  }
  throw new Error('gave up');
}

const listJobs = async () => ((await call('GET', '/v1/fine-tunes'))?.body['data'] ?? []) as Json[];
const listEndpoints = async () => ((await call('GET', `${EP}?limit=100`))?.body['data'] ?? []) as Json[];

async function upload(): Promise<string> {
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
  const response = await service.fetch(`${TOGETHER_PRACTICE_BASE_URL}/files/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOGETHER_PRACTICE_KEY}` },
    body: form,
  });
  return ((await response.json()) as { id: string }).id;
}

const createJob = (file: string, reference: string) =>
  once(
    () => call('POST', '/v1/fine-tunes', { model: BASE, training_file: file, suffix: reference }),
    async () => (await listJobs()).some((j) => j['suffix'] === reference),
  );

describe.each(Object.entries(FAULTS))('Together practice, 20 runs of %s on creation', (_name, action) => {
  it('leaves exactly one job per user action', async () => {
    const clock = createManualClock();
    service = createTogetherPracticeService({ clock });
    const file = await upload();
    clock.advance(60_000);
    let faulted = 0;
    for (let run = 0; run < 20; run++) {
      const fault = service.faults.failTimes('POST /v1/fine-tunes', 1, action);
      await createJob(file, `run${run}`);
      faulted += fault.hits;
    }
    expect(faulted).toBe(20);
    const jobs = await listJobs();
    expect(jobs).toHaveLength(20);
    expect(new Set(jobs.map((j) => j['suffix'])).size).toBe(20);
  });

  it('leaves exactly one endpoint with one deployment per user action', async () => {
    const clock = createManualClock();
    service = createTogetherPracticeService({ clock });
    const file = await upload();
    clock.advance(60_000);
    await createJob(file, 'm');
    clock.advance(WHOLE_JOB_MS);
    const job = (await listJobs())[0] ?? {};
    const full = (await call('GET', `/v1/fine-tunes/${String(job['id'])}`))?.body ?? {};
    const model = `projects/${PROJECT}/models/${String(full['model_object_id'])}`;
    let faulted = 0;
    for (let run = 0; run < 20; run++) {
      const name = `chat-${run}`;
      const endpointFault = service.faults.failTimes(`POST ${EP}`, 1, action);
      await once(
        () => call('POST', EP, { name }),
        async () => (await listEndpoints()).some((e) => e['name'] === `practice/${name}`),
      );
      const endpoint = (await listEndpoints()).find((e) => e['name'] === `practice/${name}`) ?? {};
      const deployments = `${EP}/${String(endpoint['id'])}/deployments`;
      const deploymentFault = service.faults.failTimes(`POST ${deployments}`, 1, action);
      await once(
        () =>
          call('POST', deployments, { name: 'main', model, autoscaling: { minReplicas: 1, maxReplicas: 1 } }),
        async () => (((await call('GET', deployments))?.body['data'] ?? []) as Json[]).length > 0,
      );
      faulted += endpointFault.hits + deploymentFault.hits;
    }
    expect(faulted).toBe(40);
    const endpoints = await listEndpoints();
    expect(endpoints).toHaveLength(20);
    expect(endpoints.every((e) => (e['deployments'] as Json[]).length === 1)).toBe(true);
    expect(service.endpointUsage()).toHaveLength(20);
  });
});
