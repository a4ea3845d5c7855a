// Faults on the Nebius practice service, in-process as the app reaches it: error bodies in the `detail`
// shape, and 20 runs each of 503-after-create, dropped socket and hang on job creation and on /v0/models
// leaving one job per user action (reconciled by suffix) and one custom model per action (by source) for a
// client that lists before it retries. Also: state survives a restart.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FaultAction, createManualClock } from '../../../../electron/main/services/practice';
import {
  NEBIUS_DURATIONS,
  NEBIUS_PRACTICE_BASE_URL,
  NEBIUS_PRACTICE_KEY,
  NEBIUS_PRACTICE_ORIGIN,
  type NebiusPracticeService,
  createNebiusPracticeService,
} from '../../../../electron/main/services/practice/nebius';
import { SERVE_BASE, TUNE_BASE, styledExamples } from './harness';

const FAULTS: Record<string, FaultAction> = {
  '503-after-create': { kind: 'after-handler', status: 503 },
  'dropped socket': { kind: 'drop' },
  hang: { kind: 'hang' },
};

let service: NebiusPracticeService;
afterEach(async () => service?.dispose());

type Json = Record<string, unknown>;

/** One call; a request still unanswered after the service has had a turn is hung, and the client gives up. */
async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown } | null> {
  const controller = new AbortController();
  const before = service.faults.requests.length;
  const settled = service
    .fetch(`${NEBIUS_PRACTICE_ORIGIN}${path}`, {
      method,
      headers: { authorization: `Bearer ${NEBIUS_PRACTICE_KEY}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: controller.signal,
    })
    .then(
      async (r) => ({ status: r.status, body: (await r.json()) as unknown }),
      () => null,
    );
  await vi.waitFor(() => expect(service.faults.requests.length).toBeGreaterThan(before));
  await new Promise((resolve) => setImmediate(resolve));
  if (service.faults.requests.at(-1)?.status === null) controller.abort();
  return settled;
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
  const response = await service.fetch(`${NEBIUS_PRACTICE_BASE_URL}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${NEBIUS_PRACTICE_KEY}` },
    body: form,
  });
  return ((await response.json()) as { id: string }).id;
}

const listJobs = async () =>
  ((await call('GET', '/v1/fine_tuning/jobs?limit=100'))?.body as { data: Json[] }).data;
const listModels = async () => (await call('GET', '/v0/models'))?.body as Json[];

async function createJobOnce(fileId: string, reference: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0 && (await listJobs()).some((j) => j['suffix'] === reference)) return;
    const answer = await call('POST', '/v1/fine_tuning/jobs', {
      model: TUNE_BASE,
      training_file: fileId,
      suffix: reference,
      hyperparameters: { lora: true, n_epochs: 1 },
    });
    if (answer?.status === 200) return;
  }
  throw new Error('gave up');
}

async function deployOnce(source: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0 && (await listModels()).some((m) => m['source'] === source)) return;
    const answer = await call('POST', '/v0/models', { name: 'chat', base_model: SERVE_BASE, source });
    if (answer?.status === 200) return;
  }
  throw new Error('gave up');
}

describe('Nebius practice faults', () => {
  it('answers injected statuses in the detail shape', async () => {
    service = createNebiusPracticeService({ clock: createManualClock() });
    service.faults.failTimes('POST /v1/fine_tuning/jobs', 1, { kind: 'status', status: 500 });
    const answer = await call('POST', '/v1/fine_tuning/jobs', {});
    expect(answer).toEqual({ status: 500, body: { detail: 'Internal Server Error' } });
  });

  describe.each(Object.entries(FAULTS))('20 runs of %s', (_name, action) => {
    it('leave one job per user action', async () => {
      service = createNebiusPracticeService({ clock: createManualClock() });
      const fileId = await upload();
      for (let run = 0; run < 20; run++) {
        service.faults.failTimes('POST /v1/fine_tuning/jobs', 1, action);
        await createJobOnce(fileId, `run${run}`);
      }
      const jobs = await listJobs();
      expect(jobs).toHaveLength(20);
      expect(new Set(jobs.map((j) => j['suffix'])).size).toBe(20);
    });

    it('leave one custom model per user action', async () => {
      const clock = createManualClock();
      service = createNebiusPracticeService({ clock });
      const fileId = await upload();
      for (let run = 0; run < 20; run++) await createJobOnce(fileId, `m${run}`);
      clock.advance(NEBIUS_DURATIONS.app.datasetMs + NEBIUS_DURATIONS.app.runningMs);
      const sources: string[] = [];
      for (const job of await listJobs()) {
        const checkpoints = (await call('GET', `/v1/fine_tuning/jobs/${String(job['id'])}/checkpoints`))
          ?.body as {
          data: Json[];
        };
        sources.push(`${String(job['id'])}:${String(checkpoints.data.at(-1)?.['id'])}`);
      }
      for (const source of sources) {
        service.faults.failTimes('POST /v0/models', 1, action);
        await deployOnce(source);
      }
      const models = await listModels();
      expect(models).toHaveLength(20);
      expect(new Set(models.map((m) => m['source']))).toEqual(new Set(sources));
    });
  });

  it('keeps jobs and custom models across a restart', async () => {
    let saved: unknown;
    const persistence = { load: () => saved, save: (state: unknown) => void (saved = state) };
    const clock = createManualClock();
    service = createNebiusPracticeService({ clock, persistence });
    await createJobOnce(await upload(), 'keep');
    clock.advance(NEBIUS_DURATIONS.app.datasetMs + 1);
    await service.dispose();
    service = createNebiusPracticeService({ clock, persistence });
    expect(service.loadOutcome.kind).toBe('restored');
    clock.advance(NEBIUS_DURATIONS.app.runningMs);
    const [job] = await listJobs();
    expect(job?.['status']).toBe('succeeded');
  });
});
