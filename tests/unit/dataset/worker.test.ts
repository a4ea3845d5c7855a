// The worker path the app uses: tasks run on a worker thread started from TypeScript source, stream
// progress, can be cancelled, and return the same report as the plain API.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetWorkerClient } from '../../../electron/main/services/dataset/DatasetWorkerClient';
import { checkFile } from '../../../electron/main/services/dataset/checkFile';
import { exampleLine } from '../../../bench/datasetGen';
import { seededRandom } from '../../../shared/domain/dataset/split';

const FIXTURES = join(import.meta.dirname, '../../fixtures/data');
const client = new DatasetWorkerClient();
afterAll(() => client.dispose());

function writeGenerated(megabytes: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tunesmith-worker-')), 'data.jsonl');
  const random = seededRandom(11);
  const lines: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < megabytes * 1024 * 1024; n++) {
    const line = exampleLine(random, n);
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe('DatasetWorkerClient', () => {
  it('checks a file on the worker with the same result as the plain API', { timeout: 120_000 }, async () => {
    const path = join(FIXTURES, 'pii.jsonl');
    const viaWorker = await client.run({ kind: 'check', path, options: {} });
    const direct = await checkFile(path);
    if (!viaWorker.ok || !direct.ok) throw new Error('check failed');
    expect(viaWorker.data.report).toEqual(direct.data.report);
  });

  it(
    'counts Qwen tokens on the worker for a Qwen model, as the plain API does',
    { timeout: 120_000 },
    async () => {
      const path = join(FIXTURES, 'valid.jsonl');
      const options = { model: 'qwen3-14b', provider: 'alibaba' as const };
      const viaWorker = await client.run({ kind: 'check', path, options });
      const direct = await checkFile(path, options);
      const openai = await checkFile(path);
      if (!viaWorker.ok || !direct.ok || !openai.ok) throw new Error('check failed');
      expect(viaWorker.data.report).toEqual(direct.data.report);
      expect(viaWorker.data.report.tokens.perExample[0]).toBe(40); // see cli.test.ts for the breakdown
      expect(viaWorker.data.report.tokens.total).not.toBe(openai.data.report.tokens.total);
    },
  );

  it('streams progress and can be cancelled mid-file', { timeout: 120_000 }, async () => {
    const path = writeGenerated(4);
    const progress: number[] = [];
    const full = await client.run(
      { kind: 'check', path, options: {} },
      { onProgress: (p) => progress.push(p.bytesRead) },
    );
    expect(full.ok).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(4);

    const abort = new AbortController();
    const cancelled = await client.run(
      { kind: 'check', path, options: {} },
      { signal: abort.signal, onProgress: () => abort.abort() },
    );
    expect(cancelled).toEqual({ ok: false, error: { code: 'cancelled' } });
    // The thread survives a cancel and takes the next task.
    const after = await client.run({ kind: 'import', path: join(FIXTURES, 'qa.txt'), options: {} });
    expect(after.ok && after.data.examples.length).toBe(4);
  });

  it('checks examples held in memory', { timeout: 120_000 }, async () => {
    const examples = Array.from({ length: 12 }, (_, i) => ({
      messages: [
        { role: 'user' as const, content: `Question number ${i} about tea?` },
        { role: 'assistant' as const, content: `Answer ${i}: brew it for ${i + 1} minutes.` },
      ],
    }));
    const result = await client.run({ kind: 'checkExamples', examples, options: { epochs: 2 } });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.data.examples).toBe(12);
    expect(result.data.counts.missing_system_message).toBe(12);
    expect(result.data.epochs).toEqual({ epochs: 2, mode: 'set' });
  });
});
