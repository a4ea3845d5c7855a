// The shipped sample projects (samples/index.json): listed in the user's language and opened as a fresh
// project, so a user can explore the whole journey before bringing their own data.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { appError } from '../../../../shared/ipc/errors';
import { newExampleId } from '../../../../shared/domain/projects/patch';
import type { OpenProject, ProjectExample } from '../../../../shared/domain/projects/types';
import { importFile } from '../dataset/importFile';
import type { ProjectsService } from './ProjectsService';

export const SAMPLE_LANGUAGES = ['en', 'zh-TW', 'zh-CN'] as const;
export type SampleLanguage = (typeof SAMPLE_LANGUAGES)[number];

const localized = z.object({ en: z.string(), 'zh-TW': z.string(), 'zh-CN': z.string() });
const IndexSchema = z.object({
  version: z.literal(1),
  samples: z.array(
    z
      .object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: localized,
        description: localized,
        files: localized,
        // Clean samples count examples; the flawed one counts lines (some are deliberately not examples).
        examples: z.object({ en: z.number(), 'zh-TW': z.number(), 'zh-CN': z.number() }).optional(),
        lines: z.object({ en: z.number(), 'zh-TW': z.number(), 'zh-CN': z.number() }).optional(),
        baseModel: z.string(),
      })
      .passthrough(),
  ),
});

export interface SampleSummary {
  id: string;
  title: string;
  description: string;
  examples: number;
}

export class Samples {
  constructor(private readonly dir: string) {}

  private async index() {
    const text = await fs.readFile(path.join(this.dir, 'index.json'), 'utf8').catch(() => null);
    if (text === null) return { version: 1 as const, samples: [] };
    return IndexSchema.parse(JSON.parse(text));
  }

  async list(language: SampleLanguage): Promise<SampleSummary[]> {
    return (await this.index()).samples.map((s) => ({
      id: s.id,
      title: s.title[language],
      description: s.description[language],
      examples: (s.examples ?? s.lines)?.[language] ?? 0,
    }));
  }

  async open(projects: ProjectsService, id: string, language: SampleLanguage): Promise<OpenProject> {
    const sample = (await this.index()).samples.find((s) => s.id === id);
    if (!sample) throw appError('not_found', { path: 'sampleId' });
    const file = path.resolve(this.dir, sample.files[language]);
    // The index is ours, but a path that leaves the samples folder is never followed.
    if (!file.startsWith(path.resolve(this.dir) + path.sep))
      throw appError('not_found', { path: 'sampleId' });
    const read = await importFile(file);
    if (!read.ok) throw appError('file_invalid', { params: { reason: read.error.code } });
    const examples: ProjectExample[] = read.data.examples.map(({ example, line }) => ({
      id: newExampleId(),
      example,
      provenance: 'sample',
      sourceLine: line,
      split: 'train',
    }));
    return projects.create(sample.title[language], examples, {
      sample: { id, language },
      model: sample.baseModel,
      source: {
        fileName: path.basename(file),
        format: read.data.format,
        encoding: read.data.encoding.encoding,
        bytes: (await fs.stat(file)).size,
        importedAt: new Date().toISOString(),
      },
    });
  }
}
