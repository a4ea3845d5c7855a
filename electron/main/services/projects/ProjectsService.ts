// All projects under <userData>/tunesmith/projects/<id>/. Keeps the open ones in memory (the editor sends
// small patches, not the whole list), autosaves through each ProjectStore, and flushes everything on quit.
// Other features (Train, Try) read examples through examplesOf() and append corrections through
// appendCorrected(); the window receives a project in pages (PageReader), never through this class whole.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../../shared/ipc/errors';
import { PatchError, type ExamplesPatch } from '../../../../shared/domain/projects/patch';
import { countParts, ENGINE_PRESET, type SplitSettings } from '../../../../shared/domain/projects/split';
import { splitExamplesInSlices } from '../../../../shared/domain/dataset/split';
import type { ChatExample } from '../../../../shared/domain/chat';
import type {
  OpenProject,
  ProjectExample,
  ProjectMeta,
  ProjectSummary,
  SplitPart,
} from '../../../../shared/domain/projects/types';
import { withSystemPrompts, type SystemPrompts } from '../../../../shared/domain/projects/systemPrompts';
import { withParts } from '../../../../shared/domain/projects/partLetters';
import { emptyMeta, ProjectStore } from './ProjectStore';

export interface ProjectsServiceOptions {
  dataDir: string;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export const newProjectId = () => `p-${randomBytes(6).toString('hex')}`;
const ID_PATTERN = /^p-[0-9a-f]{12}$/;

export class ProjectsService {
  private readonly root: string;
  private readonly open = new Map<string, Promise<ProjectStore | null>>();
  private readonly now: () => Date;

  constructor(private readonly options: ProjectsServiceOptions) {
    this.root = path.join(options.dataDir, 'projects');
    this.now = options.now ?? (() => new Date());
  }

  async list(): Promise<ProjectSummary[]> {
    await fs.mkdir(this.root, { recursive: true, mode: 0o700 });
    const out: ProjectSummary[] = [];
    for (const name of await fs.readdir(this.root)) {
      if (!ID_PATTERN.test(name)) continue;
      const store = await this.store(name).catch(() => null);
      if (!store) continue;
      const { id, name: title, updatedAt, exampleCount, sample } = store.meta;
      out.push(
        sample
          ? { id, name: title, updatedAt, exampleCount, sample }
          : { id, name: title, updatedAt, exampleCount },
      );
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async create(
    name: string,
    examples: ProjectExample[] = [],
    extra: Partial<ProjectMeta> = {},
  ): Promise<OpenProject> {
    const id = newProjectId();
    const meta = { ...emptyMeta(id, name, this.now()), ...extra, id };
    const store = await ProjectStore.create(this.dirOf(id), meta, examples, this.storeOptions());
    this.open.set(id, Promise.resolve(store));
    return { meta: store.meta, examples: [...store.examples] };
  }

  async openProject(id: string): Promise<OpenProject> {
    const store = await this.require(id);
    const project: OpenProject = { meta: store.meta, examples: [...store.examples] };
    if (store.recovered) project.recovered = store.recovered;
    if (store.setAside) project.setAside = store.setAside;
    return project;
  }

  /** One part of the split (or all), with the metadata. */
  async get(id: string, part: SplitPart | 'all'): Promise<OpenProject> {
    const store = await this.require(id);
    const examples = part === 'all' ? [...store.examples] : store.examples.filter((e) => e.split === part);
    return { meta: store.meta, examples };
  }

  async rename(id: string, name: string): Promise<ProjectMeta> {
    return (await this.require(id)).updateMeta((m) => ({ ...m, name }));
  }

  async delete(id: string): Promise<void> {
    const store = await this.require(id);
    store.discard();
    this.open.delete(id);
    await fs.rm(store.dir, { recursive: true, force: true });
  }

  async patch(id: string, patch: ExamplesPatch): Promise<number> {
    const store = await this.require(id);
    try {
      store.applyPatch(patch);
    } catch (error) {
      // The renderer's copy and ours disagree: it must reload rather than have its edit half-applied.
      if (error instanceof PatchError) throw appError('bad_input', { path: 'patch' });
      throw error;
    }
    return store.examples.length;
  }

  async replaceExamples(id: string, examples: ProjectExample[]): Promise<void> {
    (await this.require(id)).replaceExamples(examples);
  }

  async updateMeta(id: string, change: (meta: ProjectMeta) => ProjectMeta): Promise<ProjectMeta> {
    return (await this.require(id)).updateMeta(change);
  }

  async applySplit(
    id: string,
    settings: SplitSettings,
  ): Promise<{ meta: ProjectMeta; counts: Record<SplitPart, number> }> {
    const store = await this.require(id);
    // The engine's split: seeded, and exact and near copies stay together so validation never scores a
    // copy. In slices, so comparing near copies of a large project does not hold up main's other work.
    const { parts } = await splitExamplesInSlices(
      store.examples.map((e) => e.example),
      ENGINE_PRESET[settings.preset],
      settings.seed,
      { pause: () => new Promise((resolve) => setImmediate(resolve)) },
    );
    store.replaceExamples(withParts(store.examples, parts));
    const meta = store.updateMeta((m) => ({ ...m, split: settings }));
    return { meta, counts: countParts(parts) };
  }

  /**
   * Parts chosen by the window (a split it computed, or the undo of one), one per example in order. A
   * count that differs means the window's copy is not ours: refused, so it reloads instead.
   */
  async assignParts(
    id: string,
    parts: readonly SplitPart[],
    split: SplitSettings | null,
  ): Promise<ProjectMeta> {
    const store = await this.require(id);
    if (parts.length !== store.examples.length) throw appError('bad_input', { path: 'letters' });
    store.replaceExamples(withParts(store.examples, parts), false);
    return store.updateMeta((m) => ({ ...m, split }));
  }

  /** "Apply one system prompt to all" or its undo; refused when the state does not fit our examples. */
  async setSystemPrompts(id: string, state: SystemPrompts): Promise<number> {
    const store = await this.require(id);
    const result = withSystemPrompts(store.examples, state);
    if (!result) throw appError('bad_input', { path: 'which' });
    if (result.changed > 0) store.replaceExamples(result.examples, false);
    return result.changed;
  }

  /** Try's "close the loop": a corrected reply becomes a training example that says where it came from. */
  async appendCorrected(id: string, example: ChatExample, correctedFrom: string): Promise<ProjectExample> {
    const store = await this.require(id);
    const item: ProjectExample = {
      id: `ex-${randomBytes(8).toString('hex')}`,
      example,
      provenance: 'corrected-from-try',
      split: 'train',
      correctedFrom,
    };
    store.applyPatch({ insert: [{ index: store.examples.length, example: item }] });
    return item;
  }

  async flush(id?: string): Promise<void> {
    const ids = id ? [id] : [...this.open.keys()];
    await Promise.all(
      ids.map(async (key) => {
        const store = await this.open.get(key);
        await store?.flush();
      }),
    );
  }

  /** Current examples of a project (for checks and exports, which run on what the user sees). */
  async examplesOf(id: string): Promise<readonly ProjectExample[]> {
    return (await this.require(id)).examples;
  }

  async metaOf(id: string): Promise<ProjectMeta> {
    return (await this.require(id)).meta;
  }

  private async require(id: string): Promise<ProjectStore> {
    const store = ID_PATTERN.test(id) ? await this.store(id) : null;
    if (!store) throw appError('not_found', { path: 'id' });
    return store;
  }

  private store(id: string): Promise<ProjectStore | null> {
    let pending = this.open.get(id);
    if (!pending) {
      pending = ProjectStore.open(this.dirOf(id), this.storeOptions());
      this.open.set(id, pending);
      pending.then((s) => s === null && this.open.delete(id)).catch(() => this.open.delete(id));
    }
    return pending;
  }

  private dirOf(id: string): string {
    return path.join(this.root, id);
  }

  private storeOptions() {
    return { onError: this.options.onError ?? (() => {}), now: this.now };
  }
}
