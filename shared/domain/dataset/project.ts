// The portable project file: one JSON document holding the examples, the split, the settings and the
// last check report, so a project can be moved to another machine or attached to a support request.
// `format` and `version` let later versions migrate old files; importing validates every field and
// drops keys it does not know, so a hostile file cannot smuggle `__proto__` into the app's objects.
import { z } from 'zod';
import type { ChatExample } from '../chat';
import { ALL_ISSUE_CODES } from './codes';
import { parseJsonSafe } from './safeJson';
import type { DatasetReport } from './report';
import type { SplitPart, SplitRatios } from './split';

export const PROJECT_FORMAT = 'tunesmith-project';
export const PROJECT_VERSION = 1;

const toolCall = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

// Roles and content stay loose: a project may hold examples the user has not fixed yet.
const message = z.object({
  role: z.string(),
  content: z.union([z.string(), z.null(), z.array(z.unknown())]),
  name: z.string().optional(),
  weight: z.union([z.literal(0), z.literal(1)]).optional(),
  tool_calls: z.array(toolCall).optional(),
  tool_call_id: z.string().optional(),
  function_call: z.object({ name: z.string(), arguments: z.string() }).optional(),
});

const example = z.object({
  messages: z.array(message),
  tools: z.array(z.unknown()).optional(),
  parallel_tool_calls: z.boolean().optional(),
});

const ratios = z.object({ train: z.number().min(0), validation: z.number().min(0), test: z.number().min(0) });

const issue = z.object({
  code: z.enum(ALL_ISSUE_CODES as [string, ...string[]]),
  severity: z.enum(['error', 'warning', 'info']),
  line: z.number().int().nullable(),
  example: z.number().int().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fix: z.string().optional(),
});

/** The stored report is a snapshot for display; the app re-checks after import, so only its core is typed. */
const report = z.object({
  examples: z.number().int().min(0),
  model: z.string(),
  provider: z.string(),
  issues: z.array(issue),
  counts: z.record(z.string(), z.number().int().min(0)),
});

export const ProjectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  savedAt: z.string(),
  settings: z.object({
    provider: z.string(),
    model: z.string(),
    epochs: z.union([z.literal('auto'), z.number().int().min(1).max(50)]),
    split: z.object({ ratios, seed: z.number().int() }),
    systemPrompt: z.string().optional(),
  }),
  examples: z.array(z.object({ example, line: z.number().int().min(1).nullable() })),
  split: z.array(z.enum(['train', 'validation', 'test'])).nullable(),
  report: report.nullable(),
});

export type ProjectFile = z.infer<typeof ProjectFileSchema>;

export interface ProjectContent {
  settings: {
    provider: string;
    model: string;
    epochs: number | 'auto';
    split: { ratios: SplitRatios; seed: number };
    systemPrompt?: string;
  };
  examples: { example: ChatExample; line: number | null }[];
  split: SplitPart[] | null;
  report: DatasetReport | null;
}

export function buildProjectFile(content: ProjectContent, savedAt: Date): ProjectFile {
  const stored = content.report
    ? {
        examples: content.report.examples,
        model: content.report.model,
        provider: content.report.provider,
        issues: content.report.issues,
        counts: content.report.counts as Record<string, number>,
      }
    : null;
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: savedAt.toISOString(),
    settings: content.settings,
    examples: content.examples as ProjectFile['examples'],
    split: content.split,
    report: stored,
  };
}

export type ProjectParseError = 'not_json' | 'not_a_project' | 'newer_version' | 'invalid';

export type ProjectParseResult =
  { ok: true; project: ProjectFile } | { ok: false; error: ProjectParseError; path?: string };

/** Parses and validates a project file's text; never throws. */
export function parseProjectFile(text: string): ProjectParseResult {
  let raw: unknown;
  try {
    raw = parseJsonSafe(text);
  } catch {
    return { ok: false, error: 'not_json' };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== PROJECT_FORMAT)
    return { ok: false, error: 'not_a_project' };
  if (typeof head.version === 'number' && head.version > PROJECT_VERSION)
    return { ok: false, error: 'newer_version' };
  const parsed = ProjectFileSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: 'invalid', path: parsed.error.issues[0]?.path.join('.') ?? '' };
  const project = parsed.data;
  if (project.split && project.split.length !== project.examples.length)
    return { ok: false, error: 'invalid', path: 'split' };
  return { ok: true, project };
}
