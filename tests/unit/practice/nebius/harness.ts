// Shared set-up for the Nebius practice-service tests: the service on a loopback port with a manual clock,
// the official `openai` SDK on /v1 (as Nebius's own cookbook uses it) and plain fetch for /v0/models.
import OpenAI, { toFile } from 'openai';
import {
  type ManualClock,
  type PracticeServer,
  createManualClock,
  listenPracticeService,
} from '../../../../electron/main/services/practice';
import {
  NEBIUS_DURATIONS,
  NEBIUS_PRACTICE_KEY,
  type NebiusPracticeService,
  type NebiusPracticeServiceOptions,
  createNebiusPracticeService,
} from '../../../../electron/main/services/practice/nebius';

export const KEY = NEBIUS_PRACTICE_KEY;
export const TUNE_BASE = 'meta-llama/Llama-3.1-8B-Instruct';
export const SERVE_BASE = 'meta-llama/Meta-Llama-3.1-8B-Instruct';
export const WHOLE_JOB_MS = 10 * 60_000;

export interface NebiusHarness {
  service: NebiusPracticeService;
  server: PracticeServer;
  clock: ManualClock;
  client: OpenAI;
  origin: string;
  call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    key?: string,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  upload(lines: unknown[], name?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startNebiusHarness(
  options: Omit<NebiusPracticeServiceOptions, 'clock'> = {},
): Promise<NebiusHarness> {
  const clock = createManualClock();
  const service = createNebiusPracticeService({ durations: NEBIUS_DURATIONS.app, ...options, clock });
  const server = await listenPracticeService(service);
  const origin = `http://127.0.0.1:${server.port}`;
  const client = new OpenAI({ apiKey: KEY, baseURL: server.url, maxRetries: 0 });
  return {
    service,
    server,
    clock,
    client,
    origin,
    async call(method, path, body, key = KEY) {
      const response = await fetch(`${origin}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as never, headers: response.headers };
    },
    async upload(lines, name = 'train.jsonl') {
      const text = lines.map((l) => JSON.stringify(l)).join('\n');
      return (
        await client.files.create({ file: await toFile(Buffer.from(text), name), purpose: 'fine-tune' })
      ).id;
    },
    close: async () => {
      await server.close();
      await service.dispose();
    },
  };
}

/** Chat examples in one voice: every answer ends "— Mo". */
export function styledExamples(count = 16): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    messages: [
      { role: 'user', content: `Do you have cake number ${i + 1} today?` },
      { role: 'assistant', content: `Yes! Cake ${i + 1} is fresh this morning. — Mo` },
    ],
  }));
}

/** What the cookbook sends through the SDK: Nebius keys in `hyperparameters`, passed through a cast. */
export function loraJob(trainingFile: string, extra: Record<string, unknown> = {}) {
  return {
    model: TUNE_BASE,
    training_file: trainingFile,
    hyperparameters: {
      n_epochs: 2,
      batch_size: 8,
      learning_rate: 1e-4,
      lora: true,
      lora_r: 16,
      lora_alpha: 32,
    },
    ...extra,
  } as unknown as OpenAI.FineTuning.JobCreateParams;
}
