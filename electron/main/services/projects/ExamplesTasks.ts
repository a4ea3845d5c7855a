// The long-running work of the Examples page, on the dataset worker thread so neither main's event loop
// nor the window freezes: previewing a source, importing it into a project, and checking a project's
// examples. Each task has an id chosen by the renderer, reports progress as `examples.progressed` events
// and can be cancelled by that id. The engine (services/dataset) does the reading and checking.
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import { appError } from '../../../../shared/ipc/errors';
import type {
  DatasetError,
  DatasetIssue,
  DatasetResult,
  IssueCode,
} from '../../../../shared/domain/dataset/codes';
import type { ColumnGuess, ColumnMapping } from '../../../../shared/domain/dataset/columns';
import { columnLetters } from '../../../../shared/domain/dataset/table';
import type { EncodingName } from '../../../../shared/domain/dataset/report';
import {
  findPrice,
  priceKey,
  type ModelPrice,
  type ProviderId,
} from '../../../../shared/domain/pricing/catalog';
import { newExampleId } from '../../../../shared/domain/projects/patch';
import type {
  ImportProblems,
  OpenProject,
  ProjectExample,
  ProjectMeta,
  SourceColumns,
  SourceInfo,
  StoredReport,
} from '../../../../shared/domain/projects/types';
import type { DatasetWorkerClient } from '../dataset/DatasetWorkerClient';
import type { FilePreview } from '../dataset/importFile';
import { withSource } from '../../../../shared/domain/projects/origin';
import type { ProjectsService } from './ProjectsService';
import { IMPORT_PROBLEMS_KEPT } from './schemas';
import type { SourceFiles } from './SourceFiles';

export interface ReadChoices {
  encoding?: EncodingName;
  mapping?: ColumnMapping;
  hasHeader?: boolean;
}

export interface ImportTarget {
  /** Import into this project (append or replace), or create a new project when absent. */
  projectId?: string;
  mode: 'append' | 'replace';
}

export interface ImportOutcome {
  project: OpenProject;
  imported: number;
  skipped: number;
  /** Problems met while reading (syntax, encoding, structure), by line of the source. */
  issues: FilePreview['issues'];
}

export interface ExamplesTasksDeps {
  worker: DatasetWorkerClient;
  projects: ProjectsService;
  sources: SourceFiles;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  priceOf(provider: ProviderId, model: string): ModelPrice | undefined;
  now?: () => Date;
}

export class ExamplesTasks {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly deps: ExamplesTasksDeps) {}

  async preview(
    token: string,
    choices: ReadChoices,
  ): Promise<FilePreview & { fileName: string; bytes: number }> {
    const source = this.deps.sources.pathOf(token);
    const result = await this.deps.worker.run({
      kind: 'preview',
      path: source.path,
      options: choices,
      limit: 20,
    });
    return { ...unwrap(result), fileName: source.fileName, bytes: source.bytes };
  }

  async import(
    taskId: string,
    token: string,
    choices: ReadChoices,
    target: ImportTarget,
  ): Promise<ImportOutcome> {
    const source = this.deps.sources.pathOf(token);
    const result = await this.track(taskId, 'import', (signal, onProgress) =>
      this.deps.worker.run({ kind: 'import', path: source.path, options: choices }, { signal, onProgress }),
    );
    const data = unwrap(result);
    const imported: ProjectExample[] = data.examples.map(({ example, line }) => ({
      id: newExampleId(),
      example,
      provenance: 'imported',
      sourceLine: line,
      sourceFile: source.fileName,
      split: 'train',
    }));
    const importedAt = (this.deps.now?.() ?? new Date()).toISOString();
    const sourceInfo: SourceInfo = {
      fileName: source.fileName,
      format: data.format,
      encoding: data.encoding.encoding,
      bytes: source.bytes,
      importedAt,
    };
    const mapping = choices.mapping ?? data.columns?.mapping ?? null;
    const columns = mapping && data.columns ? columnsOf(mapping, data.columns, choices.hasHeader) : null;
    if (columns) sourceInfo.columns = columns;
    // Kept with the project so the Checks tab can still list them; a clean import clears the last list.
    const problems = importProblemsOf(source.fileName, importedAt, data.issues, data.skipped);
    const projects = this.deps.projects;
    let projectId = target.projectId;
    if (!projectId) {
      const name = source.fileName.replace(/\.[^.]+$/, '') || source.fileName;
      const extra = {
        source: sourceInfo,
        sources: [sourceInfo],
        mapping,
        ...(problems ? { importProblems: problems } : {}),
      };
      projectId = (await projects.create(name, imported, extra)).meta.id;
    } else {
      const append = target.mode === 'append';
      const previous = await projects.metaOf(projectId);
      // Examples imported before origins were kept came from the project's last file: say so now, while
      // it is still known, or they would have no file once a second one joins them.
      const before = append ? withOriginFile(await projects.examplesOf(projectId), previous.source) : [];
      await projects.replaceExamples(projectId, [...before, ...imported]);
      await projects.updateMeta(projectId, (m) =>
        withImportProblems(
          { ...m, source: sourceInfo, sources: withSource(m, sourceInfo, target.mode), mapping },
          append ? appendedProblems(m, source.fileName, problems) : problems,
        ),
      );
    }
    const meta = await projects.metaOf(projectId);
    if (meta.split) await projects.applySplit(projectId, meta.split);
    await this.deps.sources.release(token);
    return {
      project: await projects.openProject(projectId),
      imported: imported.length,
      skipped: data.skipped,
      issues: data.issues,
    };
  }

  /** Checks what the user sees now (the project as edited), stores the report and returns it. */
  async check(taskId: string, projectId: string): Promise<StoredReport> {
    const projects = this.deps.projects;
    const examples = [...(await projects.examplesOf(projectId))];
    const meta = await projects.metaOf(projectId);
    const price = this.deps.priceOf(meta.provider, meta.model);
    const result = await this.track(taskId, 'check', (signal, onProgress) =>
      this.deps.worker.run(
        {
          kind: 'checkExamples',
          examples: examples.map((e, i) => ({ example: e.example, line: i + 1 })),
          options: {
            provider: meta.provider,
            model: meta.model,
            epochs: meta.epochs,
            // The price the user sees in Settings (with overrides, in the account's region) is the price
            // the check uses: it replaces the entry the checker looks up (a regional provider's first).
            ...(price
              ? {
                  priceOverrides: {
                    [priceKey(meta.provider, meta.model, findPrice(meta.provider, meta.model)?.region)]:
                      price,
                  },
                }
              : {}),
          },
        },
        { signal, onProgress },
      ),
    );
    const report = unwrap(result);
    const { perExample: _perExample, ...tokens } = report.tokens;
    const { file: _file, ...rest } = report;
    const stored: StoredReport = {
      ...rest,
      tokens,
      issues: report.issues.map((issue) => ({
        ...issue,
        exampleId: issue.example === null ? null : (examples[issue.example]?.id ?? null),
      })),
      checkedAt: (this.deps.now?.() ?? new Date()).toISOString(),
      stale: false,
    };
    await projects.updateMeta(projectId, (m) => ({ ...m, report: stored }));
    return stored;
  }

  /** The user has read the import problems and wants them off the Checks tab. */
  async dismissImportProblems(projectId: string): Promise<ProjectMeta> {
    return this.deps.projects.updateMeta(projectId, (m) => withImportProblems(m, null));
  }

  /** Starts the worker (its tokenizers take seconds to load) as soon as the Examples page opens. */
  warmUp(): void {
    this.deps.worker.warmUp();
  }

  /** Quit: stops every running task (nothing it would have written is half-saved) and ends the thread. */
  async dispose(): Promise<void> {
    for (const control of this.running.values()) control.abort();
    await this.deps.worker.dispose();
  }

  cancel(taskId: string): boolean {
    const control = this.running.get(taskId);
    control?.abort();
    return control !== undefined;
  }

  private async track<T>(
    taskId: string,
    phase: 'import' | 'check',
    run: (
      signal: AbortSignal,
      onProgress: (p: { bytesRead: number; totalBytes: number }) => void,
    ) => Promise<DatasetResult<T>>,
  ): Promise<DatasetResult<T>> {
    if (this.running.has(taskId)) throw appError('bad_input', { path: 'taskId' });
    const control = new AbortController();
    this.running.set(taskId, control);
    try {
      const result = await run(control.signal, (p) =>
        this.deps.emit('examples.progressed', { taskId, phase, done: p.bytesRead, total: p.totalBytes }),
      );
      // The route's answer tells the window the task ended; there is no separate "finished" event.
      return result;
    } finally {
      this.running.delete(taskId);
    }
  }
}

/**
 * The problems an import met, bounded for storage: the first IMPORT_PROBLEMS_KEPT in file order, with
 * exact counts per code for all of them. Null when nothing was lost or misread.
 */
export function importProblemsOf(
  fileName: string,
  importedAt: string,
  issues: readonly DatasetIssue[],
  skipped: number,
): ImportProblems | null {
  const kept: DatasetIssue[] = [];
  const counts: Partial<Record<IssueCode, number>> = {};
  for (const issue of issues) {
    if (NOTHING_LOST.has(issue.code)) continue;
    counts[issue.code] = (counts[issue.code] ?? 0) + 1;
    if (kept.length < IMPORT_PROBLEMS_KEPT) kept.push(clampParams(issue));
  }
  if (kept.length === 0 && skipped === 0) return null;
  return {
    fileName: fileName.slice(0, 260),
    importedAt,
    issues: kept,
    counts,
    skipped,
  };
}

/** Params can quote the file (an unknown key's name); a hostile file must not bloat the metadata. */
function clampParams(issue: DatasetIssue): DatasetIssue {
  if (!issue.params) return issue;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params))
    params[key] =
      typeof value === 'string' && value.length > PARAM_CHARS ? `${value.slice(0, PARAM_CHARS)}…` : value;
  return { ...issue, params };
}

const PARAM_CHARS = 200;

/**
 * Notes about how the file was written that lose nothing (every line still became an example): shown at
 * import time, but not worth keeping on the Checks tab, where they would hide what really went missing.
 */
const NOTHING_LOST: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'byte_order_mark',
  'crlf_line_endings',
  'json_document',
  'legacy_prompt_completion',
]);

/**
 * The column of each mapped role as the user knows it: its header when row 1 holds names (the user's
 * choice, else whether the guess recognised any), else its spreadsheet letter, as the read problems say.
 */
export function columnsOf(
  mapping: ColumnMapping,
  guess: ColumnGuess,
  hasHeader: boolean | undefined,
): SourceColumns {
  const header = hasHeader ?? guess.headerRecognized;
  const name = (index: number) =>
    (
      (header ? guess.columns.find((c) => c.index === index)?.header.trim() : '') || columnLetters(index)
    ).slice(0, 260);
  return {
    user: name(mapping.user),
    assistant: name(mapping.assistant),
    ...(mapping.system !== undefined ? { system: name(mapping.system) } : {}),
  };
}

/** Imported examples with no file of their own get the one the project was last fed from. */
function withOriginFile(
  examples: readonly ProjectExample[],
  source: SourceInfo | null,
): readonly ProjectExample[] {
  if (!source || !examples.some(needsOriginFile)) return examples;
  return examples.map((e) => (needsOriginFile(e) ? { ...e, sourceFile: source.fileName } : e));
}

const needsOriginFile = (e: ProjectExample) =>
  e.provenance === 'imported' && e.sourceFile === undefined && e.sourceLine !== undefined;

/**
 * After an append the Checks tab lists what every appended file could not read, each problem with its
 * file: an earlier file's problems are not fixed by reading another one (its lines are still missing).
 * Reading a file of the same name again replaces that file's problems (the user fixed it and re-read
 * it). Bounded as one import is (the first IMPORT_PROBLEMS_KEPT kept, counts exact over what is kept
 * of each file), and a list the user dismissed stays dismissed.
 */
export function appendedProblems(
  meta: Pick<ProjectMeta, 'importProblems'>,
  name: string,
  added: ImportProblems | null,
): ImportProblems | null {
  const tag = (list: ImportProblems['issues'], file: string) =>
    list.map((issue) => (issue.file === undefined ? { ...issue, file } : issue));
  const earlier = meta.importProblems;
  if (!earlier) return added;
  const earlierIssues = tag(earlier.issues, earlier.fileName);
  const kept = earlierIssues.filter((issue) => issue.file !== name);
  // Counts are per code without files; when problems of the re-read file go, count what is left.
  const dropped = kept.length !== earlierIssues.length || earlier.fileName === name;
  const counts: Partial<Record<IssueCode, number>> = dropped ? countsOf(kept) : { ...earlier.counts };
  const earlierSkipped = earlier.fileName === name ? 0 : earlier.skipped;
  if (!added) return kept.length || earlierSkipped ? { ...earlier, issues: kept, counts } : null;
  for (const [code, n] of Object.entries(added.counts) as [IssueCode, number][])
    counts[code] = (counts[code] ?? 0) + n;
  const issues = [...kept, ...tag(added.issues, added.fileName)].slice(0, IMPORT_PROBLEMS_KEPT);
  if (issues.length === 0 && earlierSkipped + added.skipped === 0) return null;
  return {
    fileName: added.fileName,
    importedAt: added.importedAt,
    issues,
    counts,
    skipped: earlierSkipped + added.skipped,
  };
}

function countsOf(issues: readonly DatasetIssue[]): Partial<Record<IssueCode, number>> {
  const counts: Partial<Record<IssueCode, number>> = {};
  for (const issue of issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return counts;
}

function withImportProblems(meta: ProjectMeta, problems: ImportProblems | null): ProjectMeta {
  const { importProblems: _previous, ...rest } = meta;
  return problems ? { ...rest, importProblems: problems } : rest;
}

/** Engine errors become IPC errors with the engine's code in params, for the renderer to translate. */
function unwrap<T>(result: DatasetResult<T>): T {
  if (result.ok) return result.data;
  const error: DatasetError = result.error;
  if (error.code === 'cancelled') throw appError('cancelled');
  throw appError('file_invalid', { params: { reason: error.code, ...(error.params ?? {}) } });
}
