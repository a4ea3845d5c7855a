// What a project looks like on disk, validated on load and on every metadata write (DurableJsonFile),
// and the portable project file (version 2) that moves a whole project between machines.
// The stored check report is kept loose (it is engine output we wrote ourselves); ids and names are
// strict. The portable file is untrusted input: every object in its head is strict (unknown keys are
// refused, not dropped), every list and string is bounded, and examples keep unknown keys as JSON values
// so a file the user has not fixed yet survives the trip unchanged.
import { z } from 'zod';
import { ChatExampleSchema } from '../../../../shared/domain/chatSchema';
import type { ProjectExample, ProjectMeta, StoredReport } from '../../../../shared/domain/projects/types';
import { SPLIT_PRESET_IDS } from '../../../../shared/domain/projects/split';
import { SOURCES_KEPT } from '../../../../shared/domain/projects/origin';
import { ALL_ISSUE_CODES, ISSUE_CODES, type FixId } from '../../../../shared/domain/dataset/codes';
import { ALL_PROVIDER_IDS } from '../../../../shared/domain/providers/ids';

const mapping = z.object({
  user: z.number().int().min(0),
  assistant: z.number().int().min(0),
  system: z.number().int().min(0).optional(),
  conversation: z.number().int().min(0).optional(),
  turn: z.number().int().min(0).optional(),
});

const issueCode = z.enum(ALL_ISSUE_CODES as [string, ...string[]]);
const FIX_IDS = [
  ...new Set(Object.values(ISSUE_CODES).flatMap((spec) => ('fix' in spec ? [spec.fix] : []))),
] as FixId[];
const counts = z.partialRecord(issueCode, z.number().int().min(0));
const sourceFormat = z.enum(['jsonl', 'json', 'csv', 'tsv', 'xlsx', 'text']);
const encodingName = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']);
const provider = z.enum(ALL_PROVIDER_IDS);
const splitPart = z.enum(['train', 'validation', 'test']);
const provenance = z.enum(['imported', 'sample', 'added', 'corrected-from-try']);
const epochs = z.union([z.literal('auto'), z.number().int().min(1).max(50)]);
const splitSettings = z.strictObject({
  preset: z.enum(SPLIT_PRESET_IDS as [string, ...string[]]),
  seed: z.number().int(),
});
const shortText = z.string().max(1000);
const dateText = z.string().max(64);

/** One engine issue (DatasetIssue), strict: codes, severities and fixes are the engine's own lists. */
const issueFields = {
  code: issueCode,
  severity: z.enum(['error', 'warning', 'info']),
  line: z.number().int().min(0).nullable(),
  example: z.number().int().min(0).nullable(),
  params: z.record(z.string().max(64), z.union([shortText, z.number()])).optional(),
  fix: z.enum(FIX_IDS as [string, ...string[]]).optional(),
};

/** How many import problems a project keeps in full (counts stay exact beyond it). */
export const IMPORT_PROBLEMS_KEPT = 1000;

/** A file name as the user's disk spells it (never a path): long enough for any real one. */
const fileName = z.string().max(260);

const importProblems = z.strictObject({
  fileName,
  importedAt: dateText,
  // `file`: which appended file the problem was met in (absent in lists saved before it was kept).
  issues: z.array(z.strictObject({ ...issueFields, file: fileName.optional() })).max(IMPORT_PROBLEMS_KEPT),
  counts,
  skipped: z.number().int().min(0),
});

/** Which column each role was read from (SourceInfo.columns): header names, bounded like file names. */
const sourceColumns = z.strictObject({
  user: z.string().max(260).optional(),
  assistant: z.string().max(260).optional(),
  system: z.string().max(260).optional(),
});

const sourceInfo = z.object({
  fileName: z.string(),
  format: sourceFormat,
  encoding: encodingName,
  bytes: z.number(),
  importedAt: z.string(),
  columns: sourceColumns.optional(),
});

export const ProjectMetaSchema: z.ZodType<ProjectMeta> = z.object({
  id: z.string().regex(/^[a-z0-9-]{6,64}$/),
  name: z.string().max(200),
  createdAt: z.string(),
  updatedAt: z.string(),
  source: sourceInfo.nullable(),
  // Added like importProblems below, without a version bump: older files lack it and keep `source`.
  sources: z.array(sourceInfo).max(SOURCES_KEPT).optional().catch(undefined),
  mapping: mapping.nullable(),
  split: z
    .object({ preset: z.enum(SPLIT_PRESET_IDS as [string, ...string[]]), seed: z.number().int() })
    .nullable(),
  provider,
  model: z.string().max(200),
  epochs,
  report: z
    .custom<StoredReport>((v) => v === null || (typeof v === 'object' && v !== null && 'issues' in v))
    .nullable(),
  exampleCount: z.number().int().min(0),
  sample: z.object({ id: z.string(), language: z.string() }).optional(),
  // Added without a schema version bump: older project.json files simply lack it (nothing to migrate),
  // and a bump would make an older Tunesmith set the whole metadata file aside as "from the future".
  // A list that no longer validates (say, a code a later version dropped) is let go rather than failing
  // the whole file, which would set the project's name and settings aside with it.
  importProblems: importProblems.optional().catch(undefined),
}) as z.ZodType<ProjectMeta>;

/** One example as stored (and as received from the renderer in patches). Unknown message keys survive. */
export const ProjectExampleSchema = z.object({
  id: z.string().min(1).max(80),
  example: ChatExampleSchema,
  provenance,
  sourceLine: z.number().int().optional(),
  // Without it here the store would drop it on load and on every edit (z.object strips unknown keys).
  sourceFile: fileName.optional(),
  split: splitPart,
  correctedFrom: z.string().max(200).optional(),
}) as unknown as z.ZodType<ProjectExample>;

// ---- The portable project file, version 2 ----------------------------------------------------------

export const PORTABLE_FORMAT = 'tunesmith-project';
export const PORTABLE_VERSION = 2;

const distribution = z.strictObject({
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  median: z.number(),
  p10: z.number(),
  p90: z.number(),
});

/**
 * The stored check report as written to a portable file. Issues point at examples by position in the
 * file (`exampleIndex`) because example ids are made anew on import.
 */
export const PortableReportSchema = z.strictObject({
  format: sourceFormat,
  encoding: z.strictObject({
    encoding: encodingName,
    confidence: z.number().min(0).max(100),
    bom: z.boolean(),
    basis: z.enum(['bom', 'valid-utf8', 'statistics', 'user']),
  }),
  model: z.string().max(200),
  provider,
  examples: z.number().int().min(0),
  issues: z
    .array(z.strictObject({ ...issueFields, exampleIndex: z.number().int().min(0).nullable() }))
    .max(200_000),
  counts,
  truncated: z.array(issueCode).max(ALL_ISSUE_CODES.length),
  issueCap: z.number().int().min(0),
  tokens: z.strictObject({
    total: z.number().min(0),
    billed: z.number().min(0),
    max: z.number().min(0),
    assistantTotal: z.number().min(0),
  }),
  stats: z.strictObject({
    messagesPerExample: distribution,
    tokensPerExample: distribution,
    assistantTokensPerExample: distribution,
    tokenHistogram: z
      .array(z.strictObject({ from: z.number(), to: z.number().nullable(), count: z.number().int() }))
      .max(100),
    examplesMissingSystem: z.number().int().min(0),
    examplesMissingUser: z.number().int().min(0),
    examplesOverLimit: z.number().int().min(0),
  }),
  epochs: z.strictObject({
    epochs: z.number().int().min(1),
    mode: z.enum(['auto', 'set']),
    reason: z.enum(['default', 'small-dataset', 'large-dataset']).optional(),
  }),
  estimatedCost: z
    .strictObject({
      usd: z.number().nullable(),
      formula: shortText,
      provider,
      model: z.string().max(200),
    })
    .nullable(),
  bytesRead: z.number().min(0),
  checkedAt: dateText,
  stale: z.boolean(),
});

export type PortableReport = z.infer<typeof PortableReportSchema>;

const portableSource = z.strictObject({
  fileName,
  format: sourceFormat,
  encoding: encodingName,
  bytes: z.number().int().min(0),
  importedAt: dateText,
  columns: sourceColumns.optional(),
});

/** Everything about the project except its examples (which follow in the file, one per line). */
export const PortableHeadSchema = z.strictObject({
  name: z.string().max(200),
  provider,
  model: z.string().max(200),
  epochs,
  split: splitSettings.nullable(),
  source: portableSource.nullable(),
  // Optional so files written before it was kept still read; such files list only `source`.
  sources: z.array(portableSource).max(SOURCES_KEPT).optional(),
  mapping: mapping.strict().nullable(),
  sample: z.strictObject({ id: z.string().max(64), language: z.string().max(16) }).optional(),
  report: PortableReportSchema.nullable(),
  importProblems: importProblems.nullable(),
});

export type PortableHead = z.infer<typeof PortableHeadSchema>;

// Message and example keys beyond the known ones are user data (the checks report them); the shared
// schema keeps them as plain JSON values. Dangerous keys (__proto__, …) are refused before it ever runs.
export const PortableExampleSchema = z.strictObject({
  // The same schema as the project store: anything else would import but not reopen.
  example: ChatExampleSchema,
  provenance,
  sourceLine: z.number().int().min(0).optional(),
  sourceFile: fileName.optional(),
  correctedFrom: z.string().max(200).optional(),
  split: splitPart,
});

export type PortableExample = z.infer<typeof PortableExampleSchema>;

/** Most examples a portable file may hold (the file-size cap usually binds first). */
export const PORTABLE_MAX_EXAMPLES = 2_000_000;

export const PortableFileSchema = z.strictObject({
  format: z.literal(PORTABLE_FORMAT),
  version: z.literal(PORTABLE_VERSION),
  savedAt: dateText,
  project: PortableHeadSchema,
  examples: z.array(PortableExampleSchema).max(PORTABLE_MAX_EXAMPLES),
});
