// Runs dataset tasks on one long-lived worker thread (started on first use or by warmUp(), because
// loading the tokenizers takes seconds). This is what the IPC handler should call; the plain functions
// in checkFile.ts / importFile.ts do the same work on the calling thread, for the CLI and tests.
// Cancelling answers at once with 'cancelled'; the worker stops that task at its next chunk.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DatasetResult } from '../../../../shared/domain/dataset/codes';
import type { DatasetTask, DatasetTaskResults, WorkerEvent, WorkerRequest } from './workerProtocol';

export interface RunOptions {
  onProgress?: (progress: { bytesRead: number; totalBytes: number }) => void;
  signal?: AbortSignal;
}

interface Pending {
  resolve: (result: DatasetResult<never>) => void;
  onProgress: RunOptions['onProgress'];
}

/**
 * Checks allocate a lot of short-lived garbage (one string per line); a small young generation makes
 * V8 collect it early instead of growing the heap, which keeps peak memory near the live data.
 *
 * The old-generation cap is for the garbage that does get promoted: gpt-tokenizer's merge cache
 * re-inserts every hit into its Map (an LRU), and the Map's rehashed tables outlive two young
 * collections, so about 0.5 MB of dead tables reaches the old generation per MB of input. V8 lets the
 * old generation grow to about 4× its live size before a full collection when its cap is 2 GB or
 * more, and about 1.8× at 1.5 GB (the factor scales with the cap), so this cap alone took the 530 MB
 * check's peak from ~300 to ~230 MB. 1.5 GB is still far above what any task needs (importing a
 * 100 MB file holds ~140 MB of examples), and a worker over its cap ends with `worker_failed` instead
 * of taking the app's main process down with it.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 1536 } as const;

export interface WorkerLimits {
  readonly maxYoungGenerationSizeMb: number;
  readonly maxOldGenerationSizeMb: number;
}

/** From source (tests, tsx): a bootstrap that registers tsx inside the worker, then loads the .ts entry. */
export const SOURCE_WORKER_URL = new URL('./datasetWorker.bootstrap.mjs', import.meta.url);

/**
 * The worker entry to start. In the bundled app, vite builds datasetWorker.ts as its own entry next to
 * main.js (see README.md), so a sibling `datasetWorker.js` means "bundled"; otherwise run from source.
 */
export function defaultWorkerUrl(): URL {
  const bundled = new URL('./datasetWorker.js', import.meta.url);
  return existsSync(fileURLToPath(bundled)) ? bundled : SOURCE_WORKER_URL;
}

export class DatasetWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly workerUrl: URL = defaultWorkerUrl(),
    private readonly limits: WorkerLimits = WORKER_LIMITS,
  ) {}

  /** Starts the thread ahead of the first task (e.g. when the Examples page opens). */
  warmUp(): void {
    this.ensureWorker();
  }

  run<K extends DatasetTask['kind']>(
    task: Extract<DatasetTask, { kind: K }>,
    options: RunOptions = {},
  ): Promise<DatasetResult<DatasetTaskResults[K]>> {
    return new Promise((resolve) => {
      if (options.signal?.aborted) return resolve({ ok: false, error: { code: 'cancelled' } });
      const worker = this.ensureWorker();
      const id = this.nextId++;
      const onAbort = () => {
        this.post({ type: 'cancel', id });
        this.finish(id, { ok: false, error: { code: 'cancelled' } });
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (result) => {
          options.signal?.removeEventListener('abort', onAbort);
          resolve(result);
        },
        onProgress: options.onProgress,
      });
      worker.ref(); // a running task keeps the process alive; an idle worker does not
      worker.postMessage({ type: 'run', id, task } satisfies WorkerRequest);
    });
  }

  /** Ends the thread; running tasks resolve as failed. */
  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll();
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl, { resourceLimits: this.limits });
    worker.on('message', (event: WorkerEvent) => {
      if (event.type === 'progress') this.pending.get(event.id)?.onProgress?.(event);
      else this.finish(event.id, event.result as DatasetResult<never>);
    });
    const lost = () => {
      if (this.worker === worker) this.worker = null;
      this.failAll();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private post(request: WorkerRequest): void {
    this.worker?.postMessage(request);
  }

  private finish(id: number, result: DatasetResult<never>): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
    entry.resolve(result);
  }

  private failAll(): void {
    for (const id of [...this.pending.keys()])
      this.finish(id, { ok: false, error: { code: 'worker_failed' } });
  }
}
