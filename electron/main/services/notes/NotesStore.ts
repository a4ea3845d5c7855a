// Where a project's notes live: `<project>/notes/collections.json` (the collections and their sources;
// DurableJsonFile: atomic, validated, with a backup), `<project>/notes/<collection>/sources/<id>.json`
// (one source's passages, written atomically when the source is added, never rewritten) and
// `<project>/notes/<collection>/vectors.bin` (VectorFile). Adding a 40-page PDF therefore writes one new
// file and one small JSON update; it never rewrites the passages of the other documents.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { NoteSource, Passage } from '../../../../shared/domain/notes/types';
import { DurableJsonFile } from '../storage/DurableJsonFile';

const sourceSchema = z.object({
  id: z.string(),
  kind: z.enum(['text', 'markdown', 'docx', 'pdf', 'examples']),
  name: z.string(),
  path: z.string().nullable(),
  bytes: z.number(),
  addedAt: z.string(),
  passages: z.number().int(),
  encoding: z.string().nullable(),
});
const collectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  sources: z.array(sourceSchema),
});
const fileSchema = z.object({ collections: z.array(collectionSchema) });
export type StoredCollection = z.infer<typeof collectionSchema>;

const passageSchema = z.array(
  z.object({
    id: z.string(),
    sourceId: z.string(),
    ordinal: z.number().int(),
    text: z.string(),
    position: z.object({
      block: z.number().int(),
      page: z.number().int().nullable(),
      headings: z.array(z.string()),
    }),
    hash: z.string(),
  }),
);

export class NotesStore {
  private constructor(
    readonly dir: string,
    private readonly file: DurableJsonFile<z.infer<typeof fileSchema>>,
  ) {}

  static async open(dir: string): Promise<NotesStore> {
    const file = await DurableJsonFile.open({
      file: path.join(dir, 'collections.json'),
      version: 1,
      schema: fileSchema,
      defaults: () => ({ collections: [] }),
    });
    return new NotesStore(dir, file);
  }

  collections(): StoredCollection[] {
    return this.file.get().collections;
  }

  collection(id: string): StoredCollection | undefined {
    return this.collections().find((c) => c.id === id);
  }

  async saveCollections(collections: StoredCollection[]): Promise<void> {
    await this.file.update(() => ({ collections }));
  }

  collectionDir(collectionId: string): string {
    return path.join(this.dir, collectionId);
  }

  vectorsPath(collectionId: string): string {
    return path.join(this.collectionDir(collectionId), 'vectors.bin');
  }

  private passagesPath(collectionId: string, sourceId: string): string {
    return path.join(this.collectionDir(collectionId), 'sources', `${sourceId}.json`);
  }

  /** Written before the source is listed in collections.json, so a listed source always has its passages. */
  async writePassages(collectionId: string, sourceId: string, passages: Passage[]): Promise<void> {
    const file = this.passagesPath(collectionId, sourceId);
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, JSON.stringify(passages), { mode: 0o600 });
  }

  async readPassages(collectionId: string, source: NoteSource): Promise<Passage[]> {
    const text = await fs.readFile(this.passagesPath(collectionId, source.id), 'utf8');
    return passageSchema.parse(JSON.parse(text));
  }

  /** Removes passages files of sources the collection no longer lists. */
  async pruneSources(collectionId: string, keep: ReadonlySet<string>): Promise<void> {
    const dir = path.join(this.collectionDir(collectionId), 'sources');
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const id = name.replace(/\.json$/, '');
      if (name.endsWith('.json') && !keep.has(id)) await fs.rm(path.join(dir, name), { force: true });
    }
  }

  async removePassages(collectionId: string, sourceId: string): Promise<void> {
    await fs.rm(this.passagesPath(collectionId, sourceId), { force: true });
  }
}
