// Messages between the main process and the dataset worker thread. Everything here must survive
// structured clone: plain objects, arrays, numbers and strings only (no functions, no class instances).
import type { ChatExample } from '../../../../shared/domain/chat';
import type { DatasetResult } from '../../../../shared/domain/dataset/codes';
import type { DatasetReport } from '../../../../shared/domain/dataset/report';
import type { CheckOptions } from './checker';
import type { CheckFileOptions, CheckFileResult } from './checkFile';
import type { FilePreview, ImportedExample, ImportResult } from './importFile';
import type { ReadOptions } from './pipeline';

export type DatasetTask =
  | { kind: 'check'; path: string; options: CheckFileOptions }
  | { kind: 'import'; path: string; options: ReadOptions }
  | { kind: 'preview'; path: string; options: ReadOptions; limit?: number }
  | { kind: 'checkExamples'; examples: ImportedExample[] | ChatExample[]; options: CheckOptions };

/** What each task kind resolves to. */
export interface DatasetTaskResults {
  check: CheckFileResult;
  import: ImportResult;
  preview: FilePreview;
  checkExamples: DatasetReport;
}

/** Tasks carry an id chosen by the client; several may run at once, interleaved at their awaits. */
export type WorkerRequest = { type: 'run'; id: number; task: DatasetTask } | { type: 'cancel'; id: number };

export type WorkerEvent =
  | { type: 'progress'; id: number; bytesRead: number; totalBytes: number }
  | { type: 'done'; id: number; result: DatasetResult<DatasetTaskResults[DatasetTask['kind']]> };
