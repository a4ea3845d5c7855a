// Public door of the dataset service (main process only; no `electron` import). The IPC handler should
// use DatasetWorkerClient; the plain functions run the same work on the calling thread (CLI, tests).
export {
  DatasetWorkerClient,
  SOURCE_WORKER_URL,
  WORKER_LIMITS,
  type RunOptions,
} from './DatasetWorkerClient';
export type { DatasetTask, DatasetTaskResults, WorkerEvent, WorkerRequest } from './workerProtocol';
export { checkFile, checkExamples, type CheckFileOptions, type CheckFileResult } from './checkFile';
export {
  importFile,
  previewFile,
  type FilePreview,
  type ImportedExample,
  type ImportResult,
} from './importFile';
export type { ReadOptions, ReadProgress, ReadControlOptions } from './pipeline';
export type { CheckOptions } from './checker';
export { writeJsonl, writeCsv, writeXlsx } from './exporters';
export { saveProject, openProject } from './projectFile';
export { resolveModelLimits, DEFAULT_MODEL } from './modelLimits';
export { PROVIDER_FILE_LIMITS, DEFAULT_MAX_LINE_BYTES, XLSX_LIMITS } from './limits';
