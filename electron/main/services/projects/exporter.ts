// Writing a project out and reading a portable project in, through the engine's writers (services/dataset:
// exporters.ts streams JSONL/CSV/XLSX atomically with formula-injection escaping; projectFile.ts is the
// portable file). This file only maps a project (ids, split per example, settings) onto those formats.
import { appError } from '../../../../shared/ipc/errors';
import type { DatasetReport } from '../../../../shared/domain/dataset/report';
import { newExampleId } from '../../../../shared/domain/projects/patch';
import { DEFAULT_SEED, ENGINE_PRESET, SPLIT_PRESET_IDS } from '../../../../shared/domain/projects/split';
import type {
  OpenProject,
  ProjectExample,
  ProjectMeta,
  SplitPart,
} from '../../../../shared/domain/projects/types';
import type { ProviderId } from '../../../../shared/domain/pricing/catalog';
import { writeCsv, writeJsonl, writeXlsx } from '../dataset/exporters';
import { openProject, saveProject } from '../dataset/projectFile';

export type ExportFormat = 'jsonl' | 'csv' | 'xlsx';
export type ExportPart = SplitPart | 'all';

export async function writeExamplesFile(
  file: string,
  items: readonly ProjectExample[],
  format: ExportFormat,
): Promise<void> {
  const examples = items.map((e) => e.example);
  if (format === 'jsonl') await writeJsonl(file, examples);
  else if (format === 'csv') await writeCsv(file, examples);
  else await writeXlsx(file, examples);
}

/** The whole project (examples, split, settings, check report) as the engine's portable file. */
export async function writeProjectFile(file: string, project: OpenProject): Promise<void> {
  const { meta, examples } = project;
  await saveProject(file, {
    settings: {
      provider: meta.provider,
      model: meta.model,
      epochs: meta.epochs,
      split: {
        ratios: ENGINE_PRESET[meta.split?.preset ?? '80-10-10'],
        seed: meta.split?.seed ?? DEFAULT_SEED,
      },
    },
    examples: examples.map((e) => ({ example: e.example, line: e.sourceLine ?? null })),
    split: meta.split ? examples.map((e) => e.split) : null,
    // The portable file keeps the report's core (counts and issues); the app re-checks after opening.
    report: meta.report ? (meta.report as unknown as DatasetReport) : null,
  });
}

const PROVIDERS: readonly ProviderId[] = ['practice', 'openai', 'alibaba', 'together'];

/** Reads a portable project file into what ProjectsService.create needs; refuses anything invalid. */
export async function readProjectFile(
  file: string,
): Promise<{ meta: Partial<ProjectMeta>; examples: ProjectExample[] }> {
  const opened = await openProject(file);
  if (!opened.ok) throw appError('file_invalid', { params: { reason: 'not_a_project' } });
  const { settings, examples, split } = opened.project;
  const preset = SPLIT_PRESET_IDS.find((id) => {
    const r = ENGINE_PRESET[id];
    const s = settings.split.ratios;
    return r.train === s.train && r.validation === s.validation && r.test === s.test;
  });
  const provider = PROVIDERS.find((p) => p === settings.provider) ?? 'practice';
  return {
    meta: {
      provider,
      model: settings.model,
      epochs: settings.epochs,
      split: split && preset ? { preset, seed: settings.split.seed } : null,
    },
    examples: examples.map((e, i) => ({
      id: newExampleId(),
      // Messages were validated by the engine's schema; roles outside ours are kept for the checks to report.
      example: e.example as ProjectExample['example'],
      provenance: 'imported',
      ...(e.line !== null ? { sourceLine: e.line } : {}),
      split: split?.[i] ?? 'train',
    })),
  };
}

export function selectPart(examples: readonly ProjectExample[], part: ExportPart): ProjectExample[] {
  return part === 'all' ? [...examples] : examples.filter((e) => e.split === part);
}

/** A file name that tells parts apart: "My project - train.jsonl". */
export function defaultExportName(
  meta: ProjectMeta,
  part: ExportPart | 'project',
  format: ExportFormat | 'project',
): string {
  const base = meta.name.replace(/[\\/:*?"<>|]/g, '_').slice(0, 80) || 'examples';
  if (format === 'project') return `${base}.tunesmith.json`;
  return part === 'all' ? `${base}.${format}` : `${base} - ${part}.${format}`;
}

/** The name a project opened from a file gets: the file's name without its extensions. */
export const projectNameFromFile = (fileName: string) =>
  fileName.replace(/(\.tunesmith)?\.json$/i, '') || fileName;
