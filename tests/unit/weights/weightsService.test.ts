// "Save the trained weights": a finished Nebius job's checkpoint files downloaded through the adapter from
// the practice service (byte for byte, README beside them), the size known first, progress to the total,
// and resuming: an interrupted file continues from its `.part` with a byte range, a provider that ignores
// the range has the file rewritten from the start, and finished files are not fetched again.
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  WeightsService,
  type RemoteWeightFile,
  type TrainedWeights,
  type WeightsProgress,
} from '../../../electron/main/services/weights';
import { startNebiusHarness, TUNE_BASE, WHOLE_JOB_MS, type NebiusHarness } from '../practice/nebius/harness';
import { adapterFor, trainingJsonl } from '../providers/nebius/helpers';

let h: NebiusHarness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  h = undefined;
  dir = undefined;
});

function service(weights: TrainedWeights, folder: string | null, progress: WeightsProgress[] = []) {
  return new WeightsService({
    weights: async () => weights,
    chooseFolder: async () => folder,
    onProgress: (p) => progress.push(p),
    now: () => new Date('2026-12-05T10:00:00Z'),
    progressEveryMs: 0,
  });
}

/** A file served from memory that can fail once after `failAfter` bytes, and may ignore ranges. */
function memoryFile(
  name: string,
  bytes: Uint8Array,
  opts: { failAfter?: number; ignoreRange?: boolean } = {},
) {
  const opened: number[] = [];
  let failAfter = opts.failAfter;
  const file: RemoteWeightFile = {
    name,
    bytes: bytes.length,
    open: async (start) => {
      opened.push(start);
      const from = opts.ignoreRange ? 0 : start;
      const limit = failAfter;
      failAfter = undefined;
      return {
        start: from,
        body: (async function* () {
          for (let i = from; i < bytes.length; i += 4) {
            if (limit !== undefined && i >= limit) throw new Error('socket hang up');
            yield bytes.subarray(i, Math.min(bytes.length, i + 4));
          }
        })(),
      };
    },
  };
  return { file, opened };
}

const weightsOf = (files: RemoteWeightFile[]): TrainedWeights => ({
  provider: 'nebius',
  model: 'ftjob-1:ftckpt_1',
  baseModel: TUNE_BASE,
  format: 'a LoRA adapter',
  files,
});

describe('WeightsService', () => {
  it('saves a Nebius checkpoint’s files byte for byte with a readme, after saying the size', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_w',
      baseModel: TUNE_BASE,
      trainingFileId: file.id,
    });
    h.clock.advance(WHOLE_JOB_MS);
    const model = (await adapter.getJob(job.id)).fineTunedModel!;
    const weights = await adapter.trainedWeights(model);
    expect(weights.files.map((f) => f.name).sort()).toEqual([
      'adapter_config.json',
      'adapter_model.safetensors',
    ]);

    dir = await mkdtemp(path.join(os.tmpdir(), 'weights-'));
    const progress: WeightsProgress[] = [];
    const svc = service(weights, dir, progress);
    const summary = await svc.describe('nebius', model);
    expect(summary.totalBytes).toBe(weights.files.reduce((s, f) => s + f.bytes, 0));
    expect(summary.totalBytes).toBeGreaterThan(0);

    const saved = (await svc.save('nebius', model))!;
    expect(saved.resumedBytes).toBe(0);
    expect(progress.at(-1)).toMatchObject({ doneBytes: summary.totalBytes, totalBytes: summary.totalBytes });
    const checkpoint = (await h.client.fineTuning.jobs.checkpoints.list(job.id)).data.find((c) =>
      model.endsWith(c.id),
    )!;
    for (const id of (checkpoint as unknown as { result_files: string[] }).result_files) {
      const meta = await h.client.files.retrieve(id);
      const original = Buffer.from(await (await h.client.files.content(id)).arrayBuffer());
      expect(await readFile(path.join(saved.folder, meta.filename.split('/').pop()!))).toEqual(original);
    }
    const readme = await readFile(path.join(saved.folder, 'README.txt'), 'utf8');
    expect(readme).toContain(`Base model:    ${TUNE_BASE}`);
    expect(readme).toContain('LoRA adapter');
    expect((await readdir(saved.folder)).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('reads the practice service’s files from a byte offset (Range)', async () => {
    h = await startNebiusHarness();
    const adapter = adapterFor(h);
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    const job = await adapter.createJob({
      clientRef: 'run_r',
      baseModel: TUNE_BASE,
      trainingFileId: file.id,
    });
    h.clock.advance(WHOLE_JOB_MS);
    const weights = await adapter.trainedWeights((await adapter.getJob(job.id)).fineTunedModel!);
    const config = weights.files.find((f) => f.name === 'adapter_config.json')!;
    const whole: Uint8Array[] = [];
    for await (const chunk of (await config.open(0)).body) whole.push(chunk);
    const tail = await config.open(5);
    const rest: Uint8Array[] = [];
    for await (const chunk of tail.body) rest.push(chunk);
    expect(tail.start).toBe(5);
    expect(Buffer.concat(rest)).toEqual(Buffer.concat(whole).subarray(5));
  });

  it('resumes an interrupted file from its partial length and skips finished files', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'weights-'));
    const a = memoryFile('a.bin', new Uint8Array(Array.from({ length: 40 }, (_, i) => i)));
    const b = memoryFile('b.bin', new Uint8Array(Array.from({ length: 30 }, (_, i) => 100 + i)), {
      failAfter: 12,
    });
    const svc = service(weightsOf([a.file, b.file]), dir);
    await expect(svc.save('nebius', 'ftjob-1:ftckpt_1')).rejects.toThrow();
    const folder = path.join(dir, (await readdir(dir))[0]!);
    expect((await stat(path.join(folder, 'b.bin.part'))).size).toBe(12);

    const saved = (await svc.save('nebius', 'ftjob-1:ftckpt_1'))!;
    expect(a.opened).toEqual([0]); // finished: not fetched again
    expect(b.opened).toEqual([0, 12]);
    expect(saved.resumedBytes).toBe(40 + 12);
    expect([...(await readFile(path.join(folder, 'b.bin')))]).toEqual(
      Array.from({ length: 30 }, (_, i) => 100 + i),
    );
  });

  it('rewrites a partial file from the start when the provider ignores the range', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'weights-'));
    const bytes = new Uint8Array(Array.from({ length: 20 }, (_, i) => i + 1));
    const c = memoryFile('c.bin', bytes, { ignoreRange: true });
    const svc = service(weightsOf([c.file]), dir);
    const folder = path.join(dir, 'weights-ftjob-1_ftckpt_1');
    await svc.download(weightsOf([]), folder);
    await writeFile(path.join(folder, 'c.bin.part'), Buffer.from([9, 9, 9, 9, 9, 9, 9]));
    const saved = await svc.download(weightsOf([c.file]), folder);
    expect(c.opened).toEqual([7]);
    expect(saved.resumedBytes).toBe(0);
    expect([...(await readFile(path.join(folder, 'c.bin')))]).toEqual([...bytes]);
  });

  it('writes nothing when the folder choice is cancelled, and refuses names that leave the folder', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'weights-'));
    const a = memoryFile('a.bin', new Uint8Array(8));
    expect(await service(weightsOf([a.file]), null).save('nebius', 'm')).toBeNull();
    expect(a.opened).toEqual([]);
    const evil = memoryFile('../evil.bin', new Uint8Array(8));
    await expect(service(weightsOf([evil.file]), dir).save('nebius', 'm')).rejects.toMatchObject({
      ipcError: { code: 'bad_input' },
    });
  });
});
