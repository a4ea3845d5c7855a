// Shared set-up for the Alibaba practice-service tests: the service on a loopback port with a manual clock,
// plain-fetch helpers for the native API and the official `openai` SDK on compatible mode, as the adapter
// uses them.
import OpenAI, { toFile } from 'openai';
import {
  type ManualClock,
  type PracticeServer,
  createManualClock,
  listenPracticeService,
} from '../../../../electron/main/services/practice';
import {
  ALIBABA_DURATIONS,
  ALIBABA_PRACTICE_KEYS,
  type AlibabaAccountsOption,
  type AlibabaPracticeService,
  type AlibabaPracticeServiceOptions,
  type AlibabaRegion,
  alibabaPracticeHosts,
  createAlibabaPracticeService,
} from '../../../../electron/main/services/practice/alibaba';

export const SG_KEY = ALIBABA_PRACTICE_KEYS.singapore;
export const BJ_KEY = ALIBABA_PRACTICE_KEYS.beijing;
/** Longer than a whole job plus a deployment with the app durations. */
export const WHOLE_JOB_MS = 10 * 60_000;

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T & { request_id?: string; code?: string; message?: string };
  headers: Headers;
}

export interface AlibabaHarness {
  service: AlibabaPracticeService;
  server: PracticeServer;
  clock: ManualClock;
  hosts: Record<AlibabaRegion, string>;
  /** A native `/api/v1` call on a region's host (Singapore and its key by default). */
  api<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: { body?: unknown; key?: string; region?: AlibabaRegion },
  ): Promise<ApiAnswer<T>>;
  /** The `openai` SDK on a region's compatible-mode base URL. */
  compat(options?: { key?: string; region?: AlibabaRegion }): OpenAI;
  uploadJsonl(lines: unknown[], options?: { key?: string; region?: AlibabaRegion }): Promise<string>;
  close(): Promise<void>;
}

export async function startAlibabaHarness(
  options: Omit<AlibabaPracticeServiceOptions, 'clock'> & { accounts?: AlibabaAccountsOption } = {},
): Promise<AlibabaHarness> {
  const clock = createManualClock();
  const service = createAlibabaPracticeService({ durations: ALIBABA_DURATIONS.app, ...options, clock });
  const server = await listenPracticeService(service);
  const hosts = alibabaPracticeHosts(`http://127.0.0.1:${server.port}`);
  const defaultKey = (region: AlibabaRegion) => (region === 'singapore' ? SG_KEY : BJ_KEY);
  const compat: AlibabaHarness['compat'] = ({ region = 'singapore', key } = {}) =>
    new OpenAI({
      apiKey: key ?? defaultKey(region),
      baseURL: `${hosts[region]}/compatible-mode/v1`,
      maxRetries: 0,
    });
  return {
    service,
    server,
    clock,
    hosts,
    async api(method, path, { body, key, region = 'singapore' } = {}) {
      const response = await fetch(`${hosts[region]}/api/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key ?? defaultKey(region)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as never, headers: response.headers };
    },
    compat,
    async uploadJsonl(lines, opts = {}) {
      const text = lines.map((l) => JSON.stringify(l)).join('\n');
      const file = await compat(opts).files.create({
        file: await toFile(Buffer.from(text), 'train.jsonl'),
        purpose: 'fine-tune',
      });
      return file.id;
    },
    close: async () => {
      await server.close();
      await service.dispose();
    },
  };
}

/** A small training set in one voice: short, cheerful, always signs off "— Mo". */
export function styledExamples(count = 12): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    messages: [
      { role: 'system', content: 'You are Mo, the cafe assistant.' },
      { role: 'user', content: `Do you have cake number ${i + 1} today?` },
      { role: 'assistant', content: `Yes! Cake ${i + 1} is fresh this morning. — Mo` },
    ],
  }));
}
