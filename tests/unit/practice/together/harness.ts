// Shared set-up for the Together practice-service tests: the service on a loopback port with a manual clock,
// and plain fetch calls shaped as the official `together-ai` SDK sends them (its upload() helper's presigned
// sequence is copied step by step: POST /files with redirect "manual" → 302 → PUT the bytes → GET the file).
import {
  type ManualClock,
  type PracticeServer,
  createManualClock,
  listenPracticeService,
} from '../../../../electron/main/services/practice';
import {
  DEFAULT_TOGETHER_SETTINGS,
  TOGETHER_DURATIONS,
  TOGETHER_PRACTICE_KEY,
  type TogetherPracticeService,
  type TogetherPracticeServiceOptions,
  createTogetherPracticeService,
} from '../../../../electron/main/services/practice/together';

export const KEY = TOGETHER_PRACTICE_KEY;
export const PROJECT = DEFAULT_TOGETHER_SETTINGS.projectId;
export const BASE = 'Qwen/Qwen3-8B';
export const REFERENCE_BASE = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference';
/** Long enough for any practice file or job to finish on the app durations. */
export const WHOLE_JOB_MS = 10 * 60_000;

export type Json = Record<string, unknown>;

export interface TogetherHarness {
  service: TogetherPracticeService;
  server: PracticeServer;
  clock: ManualClock;
  origin: string;
  call<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    key?: string,
  ): Promise<{ status: number; body: T }>;
  /** The SDK's upload(): returns the file id (the file is then PENDING until the clock moves). */
  uploadPresigned(lines: unknown[] | string, name?: string): Promise<string>;
  /** The documented multipart POST /v1/files/upload. */
  uploadMultipart(lines: unknown[] | string, name?: string): Promise<Json>;
  /** Uploads, lets processing finish and returns the file id. */
  processedFile(lines?: unknown[]): Promise<string>;
  close(): Promise<void>;
}

const jsonl = (lines: unknown[] | string) =>
  typeof lines === 'string' ? lines : lines.map((l) => JSON.stringify(l)).join('\n');

export async function startTogetherHarness(
  options: Omit<TogetherPracticeServiceOptions, 'clock'> = {},
): Promise<TogetherHarness> {
  const clock = createManualClock();
  const service = createTogetherPracticeService({ durations: TOGETHER_DURATIONS.app, ...options, clock });
  const server = await listenPracticeService(service);
  const origin = `http://127.0.0.1:${server.port}`;
  const harness: TogetherHarness = {
    service,
    server,
    clock,
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
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as never };
    },
    async uploadPresigned(lines, name = 'train.jsonl') {
      const params = new URLSearchParams({ file_name: name, file_type: 'jsonl', purpose: 'fine-tune' });
      const first = await fetch(`${server.url}/files?${params}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${KEY}` },
        redirect: 'manual',
        body: params.toString(),
      });
      if (first.status !== 302) throw new Error(`expected 302, got ${first.status}`);
      const fileId = first.headers.get('x-together-file-id') ?? '';
      const bytes = Buffer.from(jsonl(lines));
      const put = await fetch(first.headers.get('location') ?? '', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes.byteLength) },
        body: bytes,
      });
      if (put.status !== 200) throw new Error(`PUT answered ${put.status}`);
      return fileId;
    },
    async uploadMultipart(lines, name = 'train.jsonl') {
      const form = new FormData();
      form.append('purpose', 'fine-tune');
      form.append('file_name', name);
      form.append('file_type', 'jsonl');
      form.append('file', new Blob([jsonl(lines)]), name);
      const response = await fetch(`${server.url}/files/upload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}` },
        body: form,
      });
      return (await response.json()) as Json;
    },
    async processedFile(lines = styledExamples()) {
      const id = await harness.uploadPresigned(lines);
      clock.advance(60_000);
      return id;
    },
    close: async () => {
      await server.close();
      await service.dispose();
    },
  };
  return harness;
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
