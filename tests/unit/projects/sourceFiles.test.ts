// Files the user hands over: a link to a device is "not a regular file" (it was "could not be read"),
// and two chunks of a dropped file sent for the same offset (a retry racing the first) are written once.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceFiles } from '../../../electron/main/services/projects/SourceFiles';
import { openChecked } from '../../../electron/main/services/dataset/fileAccess';
import { importFile } from '../../../electron/main/services/dataset/importFile';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-sources-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('source files', () => {
  it('calls a link to a device or a folder "not a regular file", in the app and the engine', async () => {
    const device = path.join(dir, 'data.jsonl');
    await fs.symlink('/dev/zero', device);
    const folder = path.join(dir, 'folder.csv');
    await fs.symlink(dir, folder);
    const sources = new SourceFiles(dir);
    for (const file of [device, folder]) {
      await expect(sources.addPicked(file)).rejects.toMatchObject({
        ipcError: { code: 'file_invalid', params: { reason: 'not_a_regular_file' } },
      });
      expect(await openChecked(file, 1024)).toEqual({ ok: false, error: { code: 'not_a_regular_file' } });
    }
  });

  it('writes a chunk sent twice for the same offset once, and refuses the second', async () => {
    const sources = new SourceFiles(dir);
    const bytes = Buffer.from('{"messages":[]}\n'.repeat(4));
    const half = bytes.length / 2;
    const { token } = await sources.beginUpload('drop.jsonl', bytes.length);
    const first = bytes.subarray(0, half).toString('base64');
    const results = await Promise.allSettled([
      sources.appendChunk(token, 0, first),
      sources.appendChunk(token, 0, first),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    await sources.appendChunk(token, half, bytes.subarray(half).toString('base64'));
    expect(await fs.readFile(sources.pathOf(token).path)).toEqual(bytes);
  });

  it('a file that is one line too long to read is not reported as empty', async () => {
    const file = path.join(dir, 'one-line.jsonl');
    await fs.writeFile(file, `{"messages":"${'x'.repeat(8192)}"}`);
    const result = await importFile(file, { maxLineBytes: 1024 });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.data.issues.map((i) => i.code)).toEqual(['line_too_long']);
    const text = path.join(dir, 'one-line.txt');
    await fs.writeFile(text, `Q: ${'x'.repeat(8192)}`);
    const qa = await importFile(text, { maxLineBytes: 1024 });
    if (!qa.ok) throw new Error(qa.error.code);
    expect(qa.data.issues.map((i) => i.code)).not.toContain('empty_file');
  });
});
