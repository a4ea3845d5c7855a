// Notes (issue 16): collections of the user's documents per project, their passages, their vectors and
// search. Plain TypeScript with ports (no electron import): where projects live, the project's examples,
// the connected provider's embeddings, and prices.
//
// Embedding is quoted first (passages still without a vector, their tokens, the price and its date) and
// then run in batches; each batch is fsynced to the vectors log before progress moves, so a cancel, a
// failure or a crash keeps everything already paid for, and the next run embeds only what is missing.
// A passage is identified by the hash of its text and heading path: editing or re-adding a document
// re-embeds only the passages that changed.
import { randomUUID } from 'node:crypto';
import type { ChatExample } from '../../../../shared/domain/chat';
import type { ModelPrice } from '../../../../shared/domain/pricing/catalog';
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import { countTextTokens, type TokenEncoding } from '../../../../shared/domain/tokens';
import {
  EMBEDDING_PRICES,
  embeddingChoiceFor,
  quoteEmbedding,
  type EmbedQuote,
  type EmbeddingChoice,
} from '../../../../shared/domain/notes/embedding';
import { NOTES_SEARCH } from '../../../../shared/domain/notes/searchSettings';
import { passageInput } from '../../../../shared/domain/notes/split';
import {
  type AddResult,
  type CollectionView,
  type EmbedOutcome,
  type EmbedProgress,
  type NoteSourceView,
  type NotesHit,
  type Passage,
} from '../../../../shared/domain/notes/types';
import { findPrice } from '../../../../shared/domain/pricing/catalog';
import { appError } from '../../../../shared/ipc/errors';
import type { CallOptions, EmbedRequest, EmbedResult } from '../providers/Provider';
import { promptAllowance, type PromptAllowance } from './promptAllowance';
import { NotesProjects } from './NotesProjects';
import { NotesSources, sourceView } from './NotesSources';
import type { StoredCollection } from './NotesStore';

export interface NotesEmbedder {
  provider: ProviderId;
  embed(texts: readonly string[], request: EmbedRequest, options?: CallOptions): Promise<EmbedResult>;
}

export interface NotesServicePorts {
  /** The folder of a project (notes live in `<it>/notes`). */
  projectDir(projectId: string): string;
  examplesOf(projectId: string): Promise<readonly { example: ChatExample }[]>;
  /** The connected provider's embeddings, or null when it has none. */
  embedder(): NotesEmbedder | null;
  /** The user's price (Settings overrides applied) when the price book knows the model. */
  priceOf?(provider: ProviderId, model: string): ModelPrice | undefined;
  now?: () => Date;
}

export class NotesService {
  private readonly projects: NotesProjects;
  private readonly sources: NotesSources;
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly ports: NotesServicePorts) {
    this.projects = new NotesProjects(ports.projectDir);
    this.sources = new NotesSources(this.projects, {
      examplesOf: (projectId) => ports.examplesOf(projectId),
      now: () => this.now(),
    });
  }

  private now(): Date {
    return (this.ports.now ?? (() => new Date()))();
  }

  private choice(): { choice: EmbeddingChoice; embedder: NotesEmbedder } {
    const embedder = this.ports.embedder();
    const choice = embedder ? embeddingChoiceFor(embedder.provider) : null;
    if (!embedder || !choice) throw appError('not_supported', { params: { feature: 'embeddings' } });
    return { choice, embedder };
  }

  async list(projectId: string): Promise<CollectionView[]> {
    const loaded = await this.projects.load(projectId);
    const embedder = this.ports.embedder();
    const choice = embedder ? embeddingChoiceFor(embedder.provider) : null;
    const views: CollectionView[] = [];
    for (const c of loaded.store.collections()) {
      const passages = await this.projects.passagesOf(loaded, c);
      let embedded = 0;
      if (choice && passages.length > 0) {
        const vectors = await this.projects.vectorsOf(loaded, c.id, choice);
        embedded = passages.filter((p) => vectors.has(p.hash)).length;
      }
      views.push({
        id: c.id,
        name: c.name,
        sources: c.sources.map(sourceView),
        passages: passages.length,
        embedded,
      });
    }
    return views;
  }

  async create(projectId: string, name: string): Promise<CollectionView> {
    const loaded = await this.projects.load(projectId);
    const collection: StoredCollection = {
      id: `notes-${randomUUID().slice(0, 8)}`,
      name: name.trim() || 'Notes',
      createdAt: this.now().toISOString(),
      sources: [],
    };
    await loaded.store.saveCollections([...loaded.store.collections(), collection]);
    return { id: collection.id, name: collection.name, sources: [], passages: 0, embedded: 0 };
  }

  // Adding and removing sources lives in NotesSources; these keep NotesService the one entry point.
  addFiles(projectId: string, collectionId: string, files: readonly string[]): Promise<AddResult> {
    return this.sources.addFiles(projectId, collectionId, files);
  }

  addUpload(
    projectId: string,
    collectionId: string,
    upload: { path: string; name: string },
  ): Promise<AddResult> {
    return this.sources.addUpload(projectId, collectionId, upload);
  }

  addText(projectId: string, collectionId: string, name: string, text: string): Promise<AddResult> {
    return this.sources.addText(projectId, collectionId, name, text);
  }

  addExamples(projectId: string, collectionId: string, name: string): Promise<AddResult> {
    return this.sources.addExamples(projectId, collectionId, name);
  }

  removeSource(projectId: string, collectionId: string, sourceId: string): Promise<void> {
    return this.sources.removeSource(projectId, collectionId, sourceId);
  }

  restoreSource(projectId: string, collectionId: string, sourceId: string): Promise<NoteSourceView> {
    return this.sources.restoreSource(projectId, collectionId, sourceId);
  }

  /** Passages still to embed (deduplicated by hash), in order. */
  private async pending(projectId: string, collectionId: string) {
    const { loaded, collection } = await this.projects.requireCollection(projectId, collectionId);
    const { choice, embedder } = this.choice();
    const passages = await this.projects.passagesOf(loaded, collection);
    const vectors = await this.projects.vectorsOf(loaded, collectionId, choice);
    const seen = new Set<string>();
    const todo: Passage[] = [];
    for (const p of passages) {
      if (vectors.has(p.hash) || seen.has(p.hash)) continue;
      seen.add(p.hash);
      todo.push(p);
    }
    return { loaded, choice, embedder, passages, vectors, todo };
  }

  /** What embedding would send and cost, shown before any paid call, tokens counted with the model's own tokenizer. */
  async quote(
    projectId: string,
    collectionId: string,
    scope: 'pending' | 'all' = 'pending',
  ): Promise<EmbedQuote> {
    const { choice, passages, todo: pending } = await this.pending(projectId, collectionId);
    // 'all': what the whole collection costs to embed (the notes approach's set-up cost on the evidence page).
    const todo = scope === 'all' ? [...new Map(passages.map((p) => [p.hash, p])).values()] : pending;
    const tokens = todo.reduce((sum, p) => sum + countTextTokens(passageInput(p), choice.encoding), 0);
    const price =
      this.ports.priceOf?.(choice.provider, choice.model) ??
      findPrice(choice.provider, choice.model, {}, EMBEDDING_PRICES);
    return quoteEmbedding(
      choice,
      { toEmbed: todo.length, alreadyEmbedded: passages.length - todo.length, tokens },
      price,
    );
  }

  /** Cancels a running embed of this collection; batches already stored stay. */
  cancel(projectId: string, collectionId: string): void {
    this.running.get(`${projectId}/${collectionId}`)?.abort();
  }

  async embed(
    projectId: string,
    collectionId: string,
    onProgress: (progress: EmbedProgress) => void = () => undefined,
    signal?: AbortSignal,
  ): Promise<EmbedOutcome> {
    const key = `${projectId}/${collectionId}`;
    if (this.running.has(key)) throw appError('bad_input', { params: { reason: 'already_running' } });
    const controller = new AbortController();
    signal?.addEventListener('abort', () => controller.abort(), { once: true });
    this.running.set(key, controller);
    try {
      const {
        loaded,
        choice,
        embedder,
        passages,
        todo,
        vectors: opened,
      } = await this.pending(projectId, collectionId);
      let vectors = opened;
      let tokens = 0;
      let done = 0;
      onProgress({ done, total: todo.length, tokens });
      for (let i = 0; i < todo.length; i += choice.batchSize) {
        if (controller.signal.aborted) return { embedded: done, tokens, cancelled: true };
        const batch = todo.slice(i, i + choice.batchSize);
        let answer: EmbedResult;
        try {
          answer = await embedder.embed(
            batch.map(passageInput),
            { model: choice.model, dimensions: choice.dimensions },
            { signal: controller.signal },
          );
        } catch (error) {
          if (controller.signal.aborted) return { embedded: done, tokens, cancelled: true };
          throw error;
        }
        await vectors.append(
          batch.map((p, j) => ({ hash: p.hash, vector: answer.vectors[j] as Float32Array })),
        );
        done += batch.length;
        tokens += answer.tokens;
        onProgress({ done, total: todo.length, tokens });
      }
      // Vectors of passages that were edited or removed are dead weight: drop them once they are most.
      const live = new Set(passages.map((p) => p.hash));
      if (vectors.count > live.size * 2) {
        vectors = await vectors.compact(live);
        loaded.vectors.set(collectionId, vectors);
      }
      return { embedded: done, tokens, cancelled: false };
    } finally {
      this.running.delete(key);
    }
  }

  /** The passages closest to `question`; the question's own embedding tokens are returned for the cost. */
  async search(
    projectId: string,
    collectionId: string,
    question: string,
    k: number = NOTES_SEARCH.topK,
    options: CallOptions = {},
  ): Promise<{ hits: NotesHit[]; tokens: number }> {
    const { loaded, collection } = await this.projects.requireCollection(projectId, collectionId);
    const { choice, embedder } = this.choice();
    const passages = await this.projects.passagesOf(loaded, collection);
    const vectors = await this.projects.vectorsOf(loaded, collectionId, choice);
    const byHash = new Map<string, Passage>();
    for (const p of passages) if (!byHash.has(p.hash)) byHash.set(p.hash, p);
    if (vectors.count === 0 || byHash.size === 0) return { hits: [], tokens: 0 };
    const answer = await embedder.embed(
      [question],
      { model: choice.model, dimensions: choice.dimensions },
      options,
    );
    const hits = vectors.index.search(
      answer.vectors[0] as Float32Array,
      k,
      (rows) => vectors.readRows(rows),
      {
        candidates: NOTES_SEARCH.candidates,
        prefilter: NOTES_SEARCH.prefilter,
        allowed: (row) => {
          const hash = vectors.hashAt(row);
          return hash !== undefined && byHash.has(hash) && vectors.rowOf(hash) === row;
        },
      },
    );
    const sources = new Map(collection.sources.map((s) => [s.id, s]));
    return {
      tokens: answer.tokens,
      hits: hits.map(({ row, score }) => {
        const passage = byHash.get(vectors.hashAt(row) as string) as Passage;
        const source = sources.get(passage.sourceId);
        return {
          passageId: passage.id,
          sourceName: source?.name ?? '',
          kind: source?.kind ?? 'text',
          text: passage.text,
          page: passage.position.page,
          headings: passage.position.headings,
          score,
        };
      }),
    };
  }

  /**
   * What a notes set-up adds to each prompt, for the test-set estimate: counted over the passages search
   * can return (those with a vector), since only they can reach a prompt.
   */
  async promptAllowance(
    projectId: string,
    collectionId: string,
    encoding: TokenEncoding,
  ): Promise<PromptAllowance> {
    const { loaded, collection } = await this.projects.requireCollection(projectId, collectionId);
    const passages = await this.projects.passagesOf(loaded, collection);
    const embedder = this.ports.embedder();
    const choice = embedder ? embeddingChoiceFor(embedder.provider) : null;
    const vectors = choice ? await this.projects.vectorsOf(loaded, collectionId, choice) : null;
    const searchable = vectors ? passages.filter((p) => vectors.has(p.hash)) : [];
    const names = new Map(collection.sources.map((s) => [s.id, s.name]));
    return promptAllowance(searchable, (id) => names.get(id) ?? '', NOTES_SEARCH.topK, encoding);
  }

  dispose(): void {
    for (const c of this.running.values()) c.abort();
    this.projects.dispose();
  }
}
