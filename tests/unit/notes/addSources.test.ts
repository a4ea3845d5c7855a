// Adding notes by drop and by paste, and removing a source with Undo (issue 16 point 1). A dropped file
// travels the Examples importer's way (bytes behind a token, through the real router) and is judged again
// by the notes importer in main; pasted text is split like a .txt; a removed source comes back with the
// same passages and, once embedded, without a new paid call.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { NotesService, type NotesEmbedder } from '../../../electron/main/services/notes/NotesService';
import type { AddResult, CollectionView } from '../../../shared/domain/notes/types';
import { openBrandVoice } from '../tryout/appHelpers';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/notes', name);

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-notes-add-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function service(embedded: string[][] = []) {
  // A stand-in embedder that records what would be paid for; vectors are 512 zeros but one.
  const embedder: NotesEmbedder = {
    provider: 'practice',
    embed: async (texts) => {
      embedded.push([...texts]);
      return {
        vectors: texts.map((_, i) => {
          const v = new Float32Array(512);
          v[i % 512] = 1;
          return v;
        }),
        tokens: texts.length,
      };
    },
  };
  return new NotesService({
    projectDir: (id) => path.join(dir, id),
    examplesOf: async () => [],
    embedder: () => embedder,
    now: () => new Date('2026-12-05T10:00:00Z'),
  });
}

describe('pasted text', () => {
  it('becomes a source with the given name, split into the same passages as the same text in a .txt file', async () => {
    const notes = service();
    const { id } = await notes.create('p1', 'Shop facts');
    // Three long paragraphs (CRLF blank lines, as pasted from Windows): too long to share one passage.
    const text = ['營業時間', '週一至週五 9:00–18:00。', '週六 10:00–16:00。']
      .map((p) => p.padEnd(400, '。'))
      .join('\r\n\r\n');
    const result = await notes.addText('p1', id, '  營業時間  ', text);
    expect(result.problems).toEqual([]);
    expect(result.added.map((s) => [s.name, s.kind, s.encoding])).toEqual([['營業時間', 'text', null]]);

    const file = path.join(dir, 'hours.txt');
    await fs.writeFile(file, text);
    const fromFile = await notes.addFiles('p1', id, [file]);
    expect(result.added[0]?.passages).toBe(fromFile.added[0]?.passages);
    expect(result.added[0]?.passages).toBe(3);
    const [listed] = await notes.list('p1');
    expect(listed?.sources.map((s) => s.name)).toEqual(['營業時間', 'hours.txt']);
  });

  it('refuses blank text with the empty message and a blank name as bad input', async () => {
    const notes = service();
    const { id } = await notes.create('p1', 'Shop facts');
    expect(await notes.addText('p1', id, 'Blank', ' \n\n\u3000\n')).toEqual({
      added: [],
      problems: [{ code: 'empty', file: 'Blank' }],
    });
    await expect(notes.addText('p1', id, '  ', 'text')).rejects.toMatchObject({
      ipcError: { code: 'bad_input' },
    });
    expect((await notes.list('p1'))[0]?.sources).toEqual([]);
  });
});

describe('removing a source', () => {
  it('can be undone: the source returns to its place with its passages, and embedded ones are not paid again', async () => {
    const paid: string[][] = [];
    const notes = service(paid);
    const { id } = await notes.create('p1', 'Shop facts');
    await notes.addFiles('p1', id, [fixture('price-list.docx'), fixture('faq.pdf'), fixture('kettle.md')]);
    await notes.embed('p1', id);
    const before = (await notes.list('p1'))[0] as CollectionView;
    const faq = before.sources.find((s) => s.name === 'faq.pdf')!;

    await notes.removeSource('p1', id, faq.id);
    const removed = (await notes.list('p1'))[0] as CollectionView;
    expect(removed.sources.map((s) => s.name)).toEqual(['price-list.docx', 'kettle.md']);
    expect(removed.passages).toBe(before.passages - 2);
    expect((await notes.search('p1', id, 'returns')).hits.map((h) => h.sourceName)).not.toContain('faq.pdf');

    expect(await notes.restoreSource('p1', id, faq.id)).toEqual(faq);
    const restored = (await notes.list('p1'))[0] as CollectionView;
    expect(restored).toEqual(before);
    paid.length = 0;
    expect(await notes.quote('p1', id)).toMatchObject({ toEmbed: 0 });
    expect(paid).toEqual([]);
    // A second undo of the same removal has nothing to bring back.
    await expect(notes.restoreSource('p1', id, faq.id)).rejects.toMatchObject({
      ipcError: { code: 'not_found' },
    });
  });

  it('is final once the project is opened again: the kept passages are cleared then', async () => {
    const notes = service();
    const { id } = await notes.create('p1', 'Shop facts');
    const { added } = await notes.addFiles('p1', id, [fixture('price-list.docx')]);
    const sourceId = added[0]!.id;
    const kept = path.join(dir, 'p1', 'notes', id, 'sources', `${sourceId}.json`);
    await notes.removeSource('p1', id, sourceId);
    await expect(fs.stat(kept)).resolves.toBeTruthy(); // still there for Undo

    const reopened = service();
    expect((await reopened.list('p1'))[0]?.sources).toEqual([]);
    await expect(fs.stat(kept)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(reopened.restoreSource('p1', id, sourceId)).rejects.toMatchObject({
      ipcError: { code: 'not_found' },
    });
  });
});

describe('a dropped file, through the router', () => {
  it('arrives as bytes behind a token, is read by the notes importer under its own name, and the copy is removed', async () => {
    const plainCipher: SecretCipher = {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(s, 'utf8'),
      decryptString: (b) => b.toString('utf8'),
    };
    const services = await createAppServices({
      userDataDir: dir,
      cipher: plainCipher,
      openExternal: async () => {},
      emit: () => {},
      logSink: () => {},
      version: 'test',
      platform: 'test',
      samplesDir: path.resolve('samples'),
      dialogs: { showOpenDialog: async () => null, showSaveDialog: async () => null },
    });
    const router = createRouter(createHandlers(services), () => true, services.logger);
    const call = async <T>(route: string, input: unknown): Promise<T> => {
      const result = await router.dispatch(route, input, null);
      if (!result.ok) throw new Error(`${route}: ${JSON.stringify(result.error)}`);
      return result.data as T;
    };
    const upload = async (fileName: string, bytes: Buffer) => {
      const begun = await call<{ token: string }>('examples.uploadBegin', { fileName, bytes: bytes.length });
      if (bytes.length > 0)
        await call('examples.uploadChunk', { token: begun.token, offset: 0, data: bytes.toString('base64') });
      return begun.token;
    };
    try {
      const { projectId } = await openBrandVoice(services);
      const collection = await call<CollectionView>('notes.create', { projectId, name: 'Shop facts' });
      const target = { projectId, collectionId: collection.id };

      const docx = await upload('price-list.docx', await fs.readFile(fixture('price-list.docx')));
      const added = await call<AddResult>('notes.addUpload', { ...target, token: docx });
      expect(added.added.map((s) => [s.name, s.kind, s.passages])).toEqual([['price-list.docx', 'docx', 2]]);
      expect(await fs.readdir(path.join(dir, 'tunesmith', 'imports'))).toEqual([]); // the private copy is gone

      // The main-process check is the same as for the dialog: a scan is refused by name, with what to do.
      const scan = await upload('scanned.pdf', await fs.readFile(fixture('scanned.pdf')));
      expect(await call<AddResult>('notes.addUpload', { ...target, token: scan })).toEqual({
        added: [],
        problems: [{ code: 'pdf_no_text', file: 'scanned.pdf', params: { pages: 1 } }],
      });
      const sheet = await upload('prices.xlsx', Buffer.from('PK'));
      expect((await call<AddResult>('notes.addUpload', { ...target, token: sheet })).problems).toEqual([
        { code: 'unsupported_type', file: 'prices.xlsx', params: { extension: '.xlsx' } },
      ]);
      // A token that is not a finished upload is refused; nothing is added.
      const partial = await call<{ token: string }>('examples.uploadBegin', { fileName: 'a.txt', bytes: 10 });
      const refused = await router.dispatch('notes.addUpload', { ...target, token: partial.token }, null);
      expect(refused).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect((await call<CollectionView[]>('notes.list', { projectId }))[0]?.sources).toHaveLength(1);
    } finally {
      await services.shutdown();
    }
  });
});
