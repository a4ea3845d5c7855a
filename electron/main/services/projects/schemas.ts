// What a project looks like on disk, validated on load and on every metadata write (DurableJsonFile).
// The check report is kept loose (it is engine output we wrote ourselves); ids and names are strict.
import { z } from 'zod';
import type { ProjectExample, ProjectMeta, StoredReport } from '../../../../shared/domain/projects/types';
import { SPLIT_PRESET_IDS } from '../../../../shared/domain/projects/split';

const mapping = z.object({
  user: z.number().int().min(0),
  assistant: z.number().int().min(0),
  system: z.number().int().min(0).optional(),
  conversation: z.number().int().min(0).optional(),
  turn: z.number().int().min(0).optional(),
});

export const ProjectMetaSchema: z.ZodType<ProjectMeta> = z.object({
  id: z.string().regex(/^[a-z0-9-]{6,64}$/),
  name: z.string().max(200),
  createdAt: z.string(),
  updatedAt: z.string(),
  source: z
    .object({
      fileName: z.string(),
      format: z.enum(['jsonl', 'json', 'csv', 'tsv', 'xlsx', 'text']),
      encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']),
      bytes: z.number(),
      importedAt: z.string(),
    })
    .nullable(),
  mapping: mapping.nullable(),
  split: z
    .object({ preset: z.enum(SPLIT_PRESET_IDS as [string, ...string[]]), seed: z.number().int() })
    .nullable(),
  provider: z.enum(['practice', 'openai', 'alibaba', 'together']),
  model: z.string().max(200),
  epochs: z.union([z.literal('auto'), z.number().int().min(1).max(50)]),
  report: z
    .custom<StoredReport>((v) => v === null || (typeof v === 'object' && v !== null && 'issues' in v))
    .nullable(),
  exampleCount: z.number().int().min(0),
  sample: z.object({ id: z.string(), language: z.string() }).optional(),
}) as z.ZodType<ProjectMeta>;

const message = z
  .object({
    role: z.string(),
    content: z.string().nullable(),
  })
  .passthrough();

/** One example as stored (and as received from the renderer in patches). Unknown message keys survive. */
export const ProjectExampleSchema = z.object({
  id: z.string().min(1).max(80),
  example: z.object({ messages: z.array(message).max(2000) }).passthrough(),
  provenance: z.enum(['imported', 'sample', 'added', 'corrected-from-try']),
  sourceLine: z.number().int().optional(),
  split: z.enum(['train', 'validation', 'test']),
  correctedFrom: z.string().max(200).optional(),
}) as unknown as z.ZodType<ProjectExample>;
