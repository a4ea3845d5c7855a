// Where a run's examples come from. Train reads Examples projects through this small interface rather
// than the projects service itself, so the two features stay independent: an adapter over the projects
// service and one over the shipped samples both implement it, and `combineSources` shows them as one list.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ChatExample } from '../../../../shared/domain/chat';
import { assignSplit, DEFAULT_SEED } from '../../../../shared/domain/projects/split';
import type { TrainingSourceSummary } from '../../../../shared/domain/training/plan';

export type { TrainingSourceSummary };

export interface TrainingExample {
  example: ChatExample;
  /** 1-based line (or row) in the user's source, to point at a flagged or broken example. */
  line: number | null;
}

export interface TrainingDataSource {
  list(): Promise<TrainingSourceSummary[]>;
  /** The train or validation part of a source, in the project's order; rejects for an unknown id. */
  examplesOf(sourceId: string, part: 'train' | 'validation'): Promise<TrainingExample[]>;
}

/** Several sources as one; ids must not collide (each adapter prefixes its own). */
export function combineSources(sources: readonly TrainingDataSource[]): TrainingDataSource {
  return {
    list: async () => (await Promise.all(sources.map((s) => s.list().catch(() => [])))).flat(),
    examplesOf: async (id, part) => {
      for (const source of sources) {
        const known = await source.list().catch(() => []);
        if (known.some((s) => s.id === id)) return source.examplesOf(id, part);
      }
      throw new Error(`unknown training source ${id}`);
    },
  };
}

interface SampleIndex {
  samples: {
    id: string;
    intendedUse: string;
    title: Record<string, string>;
    files: Record<string, string>;
  }[];
}

/**
 * The shipped samples (samples/index.json) as training sources, split 80/10/10 with the Examples
 * feature's own split function and default seed, so a sample trains on the same parts either way.
 * The flawed sample exists to show the data checks and is not offered for training.
 */
export function sampleDataSource(samplesDir: string): TrainingDataSource {
  type Loaded = { summary: TrainingSourceSummary; parts: Record<'train' | 'validation', TrainingExample[]> };
  let cache: Promise<Loaded[]> | null = null;
  const load = async (): Promise<Loaded[]> => {
    const index = JSON.parse(await fs.readFile(path.join(samplesDir, 'index.json'), 'utf8')) as SampleIndex;
    const loaded: Loaded[] = [];
    for (const sample of index.samples) {
      if (sample.id.endsWith('-flawed')) continue;
      for (const [language, file] of Object.entries(sample.files)) {
        const text = await fs.readFile(path.join(samplesDir, file), 'utf8');
        const lines = text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ raw, line: i + 1 }] : []));
        const split = assignSplit(
          lines.map((l) => `line-${l.line}`),
          { preset: '80-10-10', seed: DEFAULT_SEED },
        );
        const parts: Loaded['parts'] = { train: [], validation: [] };
        for (const { raw, line } of lines) {
          const part = split.get(`line-${line}`);
          if (part === 'train' || part === 'validation')
            parts[part].push({ example: JSON.parse(raw) as ChatExample, line });
        }
        loaded.push({
          summary: {
            id: `sample:${sample.id}:${language}`,
            name: sample.title[language] ?? sample.id,
            kind: 'sample',
            trainCount: parts.train.length,
            validationCount: parts.validation.length,
          },
          parts,
        });
      }
    }
    return loaded;
  };
  const all = () => (cache ??= load());
  return {
    list: async () => (await all()).map((l) => l.summary),
    examplesOf: async (id, part) => {
      const found = (await all()).find((l) => l.summary.id === id);
      if (!found) throw new Error(`unknown sample ${id}`);
      return found.parts[part];
    },
  };
}

/** Examples already in memory (tests, and the e2e harness's deliberately small projects). */
export function memoryDataSource(
  sources: readonly { id: string; name: string; train: ChatExample[]; validation?: ChatExample[] }[],
): TrainingDataSource {
  const withLines = (list: ChatExample[]) => list.map((example, i) => ({ example, line: i + 1 }));
  return {
    list: async () =>
      sources.map((s) => ({
        id: s.id,
        name: s.name,
        kind: 'project' as const,
        trainCount: s.train.length,
        validationCount: s.validation?.length ?? 0,
      })),
    examplesOf: async (id, part) => {
      const found = sources.find((s) => s.id === id);
      if (!found) throw new Error(`unknown source ${id}`);
      return withLines(part === 'train' ? found.train : (found.validation ?? []));
    },
  };
}

/** What Train needs from the Examples projects service (structural, so the two stay decoupled). */
export interface ProjectsReader {
  list(): Promise<readonly { id: string; name: string }[]>;
  examplesOf(
    id: string,
  ): Promise<
    readonly { example: ChatExample; split: 'train' | 'validation' | 'test'; sourceLine?: number }[]
  >;
}

/** Examples projects as training sources: their train and validation parts; the test part stays home. */
export function projectsDataSource(projects: ProjectsReader): TrainingDataSource {
  return {
    list: async () => {
      const out: TrainingSourceSummary[] = [];
      for (const project of await projects.list()) {
        const examples = await projects.examplesOf(project.id).catch(() => null);
        if (!examples) continue;
        out.push({
          id: project.id,
          name: project.name,
          kind: 'project',
          trainCount: examples.filter((e) => e.split === 'train').length,
          validationCount: examples.filter((e) => e.split === 'validation').length,
        });
      }
      return out;
    },
    examplesOf: async (id, part) =>
      (await projects.examplesOf(id))
        .filter((e) => e.split === part)
        .map((e) => ({ example: e.example, line: e.sourceLine ?? null })),
  };
}
