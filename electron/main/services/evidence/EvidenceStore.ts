// Where a project's evidence run lives: `<project>/evidence.json`, a DurableJsonFile (atomic write, fsync,
// backup, validated on load) like the project's other files. Rewritten after every answer and mark, so a
// crash loses at most the reply in flight; a run found "running" on open was cut short and says so.
import path from 'node:path';
import { z } from 'zod';
import type { EvidenceRun } from '../../../../shared/domain/evidence/types';
import type { NotesUsed } from '../../../../shared/domain/notes/types';
import type { ReplyFigures } from '../../../../shared/domain/tryout/types';
import { DurableJsonFile } from '../storage/DurableJsonFile';

const approach = z.enum(['prompt', 'notes', 'fine-tuned']);
// Figures, set-ups and passages are written only by this app from typed values; the envelope is checked
// field by field where the page depends on it, and these nested records as objects.
const object = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null);

const runSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  createdAt: z.string(),
  status: z.enum(['running', 'finished', 'cancelled', 'interrupted']),
  questions: z.array(z.string()),
  approaches: z.array(
    z.object({
      approach,
      setup: object<EvidenceRun['approaches'][number]['setup']>(),
      setupCost: object<EvidenceRun['approaches'][number]['setupCost']>(),
    }),
  ),
  answers: z.array(
    z.object({
      questionIndex: z.number().int().min(0),
      approach,
      text: z.string(),
      figures: object<ReplyFigures>().nullable(),
      notes: object<NotesUsed>().nullable(),
      searchCost: z.number().nullable(),
      error: z.string().nullable() as z.ZodType<EvidenceRun['answers'][number]['error']>,
      mark: z.enum(['right', 'wrong']).nullable(),
    }),
  ),
  done: z.number().int(),
  total: z.number().int(),
});
const fileSchema = z.object({ run: runSchema.nullable() }) as z.ZodType<{ run: EvidenceRun | null }>;

export class EvidenceStore {
  private readonly files = new Map<string, Promise<DurableJsonFile<{ run: EvidenceRun | null }>>>();

  constructor(private readonly projectDir: (projectId: string) => string) {}

  private file(projectId: string) {
    let file = this.files.get(projectId);
    if (!file) {
      file = DurableJsonFile.open({
        file: path.join(this.projectDir(projectId), 'evidence.json'),
        version: 1,
        schema: fileSchema,
        defaults: () => ({ run: null }),
      }).then(async (opened) => {
        const run = opened.get().run;
        // Nothing is running right after opening: a run saved as running was stopped by a quit or crash.
        if (run?.status === 'running') await opened.set({ run: { ...run, status: 'interrupted' } });
        return opened;
      });
      this.files.set(projectId, file);
    }
    return file;
  }

  async get(projectId: string): Promise<EvidenceRun | null> {
    return (await this.file(projectId)).get().run;
  }

  async save(run: EvidenceRun): Promise<void> {
    await (await this.file(run.projectId)).set({ run });
  }
}
