// Size limits and streaming: a 20 MB single line is reported (not held, not a crash), files over the
// provider limit are refused before any byte is read, and reads report progress and can be cancelled.
import { closeSync, mkdtempSync, openSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../electron/main/services/dataset/checkFile';
import { DEFAULT_MAX_LINE_BYTES } from '../../../electron/main/services/dataset/limits';
import { exampleLine } from '../../../bench/datasetGen';
import { seededRandom } from '../../../shared/domain/dataset/split';

const dir = mkdtempSync(join(tmpdir(), 'tunesmith-scale-'));

describe('large input', () => {
  it('reports a 20 MB single line with its line number and keeps reading', async () => {
    const path = join(dir, 'huge-line.jsonl');
    const fd = openSync(path, 'w');
    const valid = '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}\n';
    writeSync(fd, valid);
    writeSync(fd, '{"messages":[{"role":"user","content":"');
    const block = Buffer.alloc(1024 * 1024, 'a');
    for (let i = 0; i < 20; i++) writeSync(fd, block);
    writeSync(fd, '"}]}\n');
    writeSync(fd, valid.replace('hello', 'hello again'));
    closeSync(fd);
    const result = await checkFile(path);
    if (!result.ok) throw new Error(result.error.code);
    const report = result.data.report;
    expect(report.examples).toBe(2);
    const long = report.issues.filter((i) => i.code === 'line_too_long');
    expect(long).toHaveLength(1);
    expect(long[0]).toMatchObject({ line: 2, params: { limit: DEFAULT_MAX_LINE_BYTES } });
    expect(long[0]?.params?.bytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(report.tokens.perExample).toHaveLength(2);
  });

  it('reads lines that straddle read-chunk boundaries intact (chunks reuse one buffer)', async () => {
    // ~3 MB of lines of varied lengths: many lines cross a 1 MB chunk edge, and a corrupted copy
    // of a chunk would show up as JSON errors or changed token counts.
    const path = join(dir, 'straddle.jsonl');
    const random = seededRandom(7);
    const lines = Array.from({ length: 6000 }, (_, n) => exampleLine(random, n));
    writeFileSync(path, lines.join('\n') + '\n');
    const result = await checkFile(path);
    if (!result.ok) throw new Error(result.error.code);
    const report = result.data.report;
    expect(report.examples).toBe(lines.length);
    expect(report.counts.json_syntax ?? 0).toBe(0);
    const { countExampleTokens } = await import('../../../shared/domain/tokens');
    expect(report.tokens.perExample[4321]).toBe(countExampleTokens(JSON.parse(lines[4321]!), 'o200k_base'));
  });

  it('refuses a file above the provider limit before reading it', async () => {
    // A sparse 600 MB file: reading it would take seconds and find only zero bytes.
    const path = join(dir, 'too-big.jsonl');
    writeFileSync(path, '');
    truncateSync(path, 600 * 1024 * 1024);
    const progress: number[] = [];
    const result = await checkFile(path, {}, { onProgress: (p) => progress.push(p.bytesRead) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'file_too_large', params: { bytes: 600 * 1024 * 1024, limit: 512 * 1024 * 1024 } },
    });
    expect(progress).toEqual([]);
  });

  it('takes the size limit as a parameter', async () => {
    const path = join(dir, 'small.jsonl');
    writeFileSync(path, 'x'.repeat(2048));
    const result = await checkFile(path, { maxFileBytes: 1024 });
    expect(result).toMatchObject({ ok: false, error: { code: 'file_too_large', params: { limit: 1024 } } });
  });

  it('reports progress and stops when cancelled', async () => {
    const path = join(dir, 'three-mb.jsonl');
    const random = seededRandom(7);
    const lines: string[] = [];
    let bytes = 0;
    for (let n = 0; bytes < 3 * 1024 * 1024; n++) {
      const line = exampleLine(random, n);
      lines.push(line);
      bytes += line.length + 1;
    }
    writeFileSync(path, lines.join('\n') + '\n');
    const seen: number[] = [];
    const full = await checkFile(path, {}, { onProgress: (p) => seen.push(p.bytesRead) });
    expect(full.ok).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const abort = new AbortController();
    const cancelled = await checkFile(path, {}, { signal: abort.signal, onProgress: () => abort.abort() });
    expect(cancelled).toEqual({ ok: false, error: { code: 'cancelled' } });
  });

  it('reports a missing file as unreadable, not as a crash', async () => {
    expect(await checkFile(join(dir, 'nope.jsonl'))).toEqual({
      ok: false,
      error: { code: 'file_not_found' },
    });
  });
});
