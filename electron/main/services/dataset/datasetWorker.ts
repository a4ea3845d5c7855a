// Entry point of the dataset worker thread. The heavy work (tokenizing every example) happens here so
// the main process's event loop stays free. The thread is long-lived because loading the tokenizer
// tables takes seconds; each task has its own AbortController, and 'cancel' stops that task's read
// between chunks.
import { parentPort } from 'node:worker_threads';
import type { DatasetResult } from '../../../../shared/domain/dataset/codes';
import { checkExamplesInSteps, checkFile } from './checkFile';
import { importFile, previewFile } from './importFile';
import type { DatasetTask, WorkerEvent, WorkerRequest } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('datasetWorker must run in a worker thread');

const running = new Map<number, AbortController>();

function post(event: WorkerEvent): void {
  port?.postMessage(event);
}

async function run(id: number, task: DatasetTask, signal: AbortSignal): Promise<DatasetResult<unknown>> {
  const control = {
    signal,
    onProgress: (p: { bytesRead: number; totalBytes: number }) => post({ type: 'progress', id, ...p }),
  };
  switch (task.kind) {
    case 'check':
      return checkFile(task.path, task.options, control);
    case 'import':
      return importFile(task.path, task.options, control);
    case 'preview':
      return previewFile(task.path, task.options, task.limit);
    case 'checkExamples':
      return checkExamplesInSteps(task.examples, task.options, control);
  }
}

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const abort = new AbortController();
  running.set(message.id, abort);
  run(message.id, message.task, abort.signal)
    .catch((): DatasetResult<unknown> => ({ ok: false, error: { code: 'worker_failed' } }))
    .then((result) => {
      running.delete(message.id);
      post({
        type: 'done',
        id: message.id,
        result: result as Extract<WorkerEvent, { type: 'done' }>['result'],
      });
    });
});
