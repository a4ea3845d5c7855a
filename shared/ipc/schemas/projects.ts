// Routes for Examples projects. A project reaches the window in pages: every route that opens one answers
// with its metadata and first page, and `projects.page` hands over the rest (shared/domain/projects/paging).
// Try's "close the loop" appends a corrected reply in main (tryout.correct → ProjectsService.appendCorrected).
import { z } from 'zod';
import { defineRoute } from '../define';
import { ChatExampleSchema } from '../../domain/chatSchema';
import type { ExamplesPatch } from '../../domain/projects/patch';
import { SPLIT_PRESET_IDS, type SplitPresetId } from '../../domain/projects/split';
import type { ExamplesPage, OpenedProject } from '../../domain/projects/paging';
import type { ProjectMeta, ProjectSummary } from '../../domain/projects/types';
import { PART_LETTERS_PATTERN } from '../../domain/projects/partLetters';
import { ALL_PROVIDER_IDS } from '../../domain/providers/ids';

export const projectId = z.string().regex(/^p-[0-9a-f]{12}$/);
const language = z.enum(['en', 'zh-TW', 'zh-CN']);

// The one stored example schema (shared/domain/chatSchema): whatever the store keeps, an edit may send back.
export const chatExample = ChatExampleSchema;
const projectExample = z
  .object({
    id: z.string().regex(/^ex-[0-9a-f]{16}$/),
    example: chatExample,
    provenance: z.enum(['imported', 'sample', 'added', 'corrected-from-try']),
    sourceLine: z.number().int().min(1).optional(),
    sourceFile: z.string().max(260).optional(),
    split: z.enum(['train', 'validation', 'test']),
    correctedFrom: z.string().max(200).optional(),
  })
  .strict();

/** A patch of up to 200,000 changed examples: "apply one system prompt to all" on the largest projects. */
const patch = z
  .object({
    remove: z.array(z.string().max(80)).max(200_000).optional(),
    update: z.array(projectExample).max(200_000).optional(),
    insert: z
      .array(z.object({ index: z.number().int().min(0), example: projectExample }).strict())
      .max(200_000)
      .optional(),
  })
  .strict();

export const projectRoutes = {
  'projects.list': defineRoute<ProjectSummary[]>()(z.object({}).strict()),
  'projects.create': defineRoute<OpenedProject>()(
    z.object({ name: z.string().trim().min(1).max(200) }).strict(),
  ),
  'projects.open': defineRoute<OpenedProject>()(z.object({ id: projectId }).strict()),
  /** The next page of a project being opened; each cursor is good for one page. */
  'projects.page': defineRoute<ExamplesPage>()(
    z.object({ cursor: z.string().regex(/^c-[0-9a-f]{16}$/) }).strict(),
  ),
  'projects.rename': defineRoute<ProjectMeta>()(
    z.object({ id: projectId, name: z.string().trim().min(1).max(200) }).strict(),
  ),
  'projects.delete': defineRoute<{ deleted: true }>()(z.object({ id: projectId }).strict()),
  /** Writes pending edits now (the page is closing); autosave does it anyway within a second. */
  'projects.flush': defineRoute<{ saved: true }>()(z.object({ id: projectId }).strict()),
  'projects.samples': defineRoute<{ id: string; title: string; description: string; examples: number }[]>()(
    z.object({ language }).strict(),
  ),
  'projects.openSample': defineRoute<OpenedProject>()(
    z.object({ sampleId: z.string().regex(/^[a-z0-9-]{1,64}$/), language }).strict(),
  ),
  'projects.patch': defineRoute<{ exampleCount: number }>()(
    z.object({ id: projectId, patch }).strict() as z.ZodType<{ id: string; patch: ExamplesPatch }>,
  ),
  'projects.settings': defineRoute<ProjectMeta>()(
    z
      .object({
        id: projectId,
        provider: z.enum(ALL_PROVIDER_IDS).optional(),
        model: z.string().min(1).max(200).optional(),
        epochs: z.union([z.literal('auto'), z.number().int().min(1).max(50)]).optional(),
      })
      .strict(),
  ),
  /**
   * Every example's part, in order, one letter each (shared/domain/projects/partLetters), and the split
   * settings that made them (null: none). The window computes the split (the same engine code as main) so
   * that applying and undoing one sends letters, not examples.
   */
  'projects.assignParts': defineRoute<{ meta: ProjectMeta }>()(
    z
      .object({
        id: projectId,
        letters: z.string().max(2_000_000).regex(PART_LETTERS_PATTERN),
        split: z
          .object({
            preset: z.enum(SPLIT_PRESET_IDS as [SplitPresetId, ...SplitPresetId[]]),
            seed: z
              .number()
              .int()
              .min(0)
              .max(2 ** 31 - 1),
          })
          .strict()
          .nullable(),
      })
      .strict(),
  ),
  /**
   * Every example's system prompt as prompts + one number each (shared/domain/projects/systemPrompts):
   * "apply one system prompt to all" and its undo without sending 100,000 examples.
   */
  'projects.setSystemPrompts': defineRoute<{ changed: number }>()(
    z
      .object({
        id: projectId,
        prompts: z.array(z.string().max(1_000_000)).max(200_000),
        which: z.array(z.number().int().min(-2).max(200_000)).max(2_000_000),
        whole: z.array(projectExample).max(200_000),
      })
      .strict(),
  ),
  /** Save the whole project as one portable file (native save dialog); saved=false when cancelled. */
  'projects.exportFile': defineRoute<{ saved: boolean }>()(z.object({ id: projectId }).strict()),
  /** Open a portable project file (native open dialog) as a new project; null when cancelled. */
  'projects.importFile': defineRoute<OpenedProject | null>()(z.object({}).strict()),
};
