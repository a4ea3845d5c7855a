// Routes for bringing examples in (file picked in the native dialog, dropped file sent in chunks, pasted
// text), previewing, importing, checking and exporting. Sources are named by opaque tokens from main,
// never by paths; long tasks carry a renderer-chosen taskId for progress events and cancel.
import { z } from 'zod';
import { defineRoute } from '../define';
import type { ChatExample } from '../../domain/chat';
import type { ColumnGuess } from '../../domain/dataset/columns';
import type { DatasetIssue } from '../../domain/dataset/codes';
import type { EncodingGuess, SourceFormat } from '../../domain/dataset/report';
import type { OpenedProject } from '../../domain/projects/paging';
import type { ProjectMeta, StoredReport } from '../../domain/projects/types';
import { projectId } from './projects';

export interface SourceFileInfo {
  token: string;
  fileName: string;
  bytes: number;
}

export interface ImportPreview {
  fileName: string;
  bytes: number;
  format: SourceFormat;
  encoding: EncodingGuess;
  columns: ColumnGuess | null;
  /** Spreadsheet rows as read, header first (empty for JSONL and text). */
  rows: string[][];
  examples: { example: ChatExample; line: number }[];
  issues: DatasetIssue[];
}

export interface ImportOutcome {
  /** The project with its first page of examples; the window reads the rest through projects.page. */
  project: OpenedProject;
  imported: number;
  skipped: number;
  /** The first IMPORT_ISSUES_SENT problems met while reading; issueCount says how many there were. */
  issues: DatasetIssue[];
  issueCount: number;
}

/** A file with a million bad lines must not become a million-item IPC answer; the Checks tab keeps more. */
export const IMPORT_ISSUES_SENT = 200;

const token = z.string().regex(/^src-[0-9a-f]{16}$/);
const taskId = z.string().regex(/^[A-Za-z0-9-]{4,64}$/);
const column = z.number().int().min(0).max(1000);
const choices = {
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']).optional(),
  mapping: z
    .object({
      user: column,
      assistant: column,
      system: column.optional(),
      conversation: column.optional(),
      turn: column.optional(),
    })
    .strict()
    .optional(),
  hasHeader: z.boolean().optional(),
};
/** 1 MB of bytes as base64 (4/3 larger, plus padding). */
const CHUNK_BASE64 = Math.ceil((1024 * 1024 * 4) / 3) + 4;

export const exampleRoutes = {
  /** Opens the native file dialog in main; null when the user cancelled. */
  'examples.pickFile': defineRoute<SourceFileInfo | null>()(z.object({}).strict()),
  'examples.uploadBegin': defineRoute<SourceFileInfo>()(
    z.object({ fileName: z.string().min(1).max(255), bytes: z.number().int().min(0) }).strict(),
  ),
  'examples.uploadChunk': defineRoute<{ received: number }>()(
    z
      .object({
        token,
        offset: z.number().int().min(0),
        data: z
          .string()
          .max(CHUNK_BASE64)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
  ),
  /** Pasted question-and-answer blocks, read by the engine's Q&A text reader. */
  'examples.pasteText': defineRoute<SourceFileInfo>()(
    z.object({ text: z.string().min(1).max(10_000_000) }).strict(),
  ),
  'examples.preview': defineRoute<ImportPreview>()(z.object({ token, ...choices }).strict()),
  'examples.import': defineRoute<ImportOutcome>()(
    z
      .object({
        token,
        taskId,
        ...choices,
        projectId: projectId.optional(),
        mode: z.enum(['append', 'replace']).default('append'),
      })
      .strict(),
  ),
  'examples.check': defineRoute<StoredReport>()(z.object({ projectId, taskId }).strict()),
  'examples.cancel': defineRoute<{ cancelled: boolean }>()(z.object({ taskId }).strict()),
  /** Clears what the last import could not read from the Checks tab (ProjectMeta.importProblems). */
  'examples.dismissImportProblems': defineRoute<ProjectMeta>()(z.object({ projectId }).strict()),
  /** A split part as JSONL, or the whole set as CSV/XLSX, through the native save dialog. */
  'examples.export': defineRoute<{ saved: boolean }>()(
    z
      .object({
        projectId,
        part: z.enum(['train', 'validation', 'test', 'all']),
        format: z.enum(['jsonl', 'csv', 'xlsx']),
      })
      .strict(),
  ),
};
