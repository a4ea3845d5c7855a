// "Base model + notes" in Try, through the real composition root and IPC router: documents added through
// the open dialog, embedded on the practice service, then one question side by side with the plain base
// model. The notes set-up's reply lists the passages it was given (with source and page), and their tokens
// are in its prompt, so its measured prompt tokens and cost are higher than the plain set-up's. A chat
// reply keeps its passages in the saved conversation.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { ConversationStore } from '../../../electron/main/services/tryout/conversations';
import type { Setup } from '../../../shared/domain/tryout/types';
import type { CollectionView } from '../../../shared/domain/notes/types';
import type { EventMap, EventName } from '../../../shared/ipc/events';
import { openBrandVoice, tempDir } from '../tryout/appHelpers';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};
type Emitted = { [E in EventName]: { event: E; payload: EventMap[E] } }[EventName];
const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/notes', name);

describe('Try with notes', () => {
  it('answers with the passages closest to the question and shows them under the reply', async () => {
    const dir = await tempDir();
    const picks = [fixture('price-list.docx'), fixture('faq.pdf')];
    const events: Emitted[] = [];
    const waiters: (() => void)[] = [];
    const services = await createAppServices({
      userDataDir: dir,
      cipher: plainCipher,
      openExternal: async () => {},
      emit: (event, payload) => {
        events.push({ event, payload } as Emitted);
        waiters.splice(0).forEach((w) => w());
      },
      logSink: () => {},
      version: 'test',
      platform: 'test',
      samplesDir: path.resolve('samples'),
      dialogs: { showOpenDialog: async () => picks.shift() ?? null, showSaveDialog: async () => null },
    });
    const router = createRouter(createHandlers(services), () => true, services.logger);
    const call = async <T>(route: string, input: unknown): Promise<T> => {
      const result = await router.dispatch(route, input, null);
      if (!result.ok) throw new Error(`${route}: ${JSON.stringify(result.error)}`);
      return result.data as T;
    };
    const finishedRun = async (runId: string) => {
      for (;;) {
        const found = events.find((e) => e.event === 'tryout.replyFinished' && e.payload.runId === runId);
        if (found && found.event === 'tryout.replyFinished') return found.payload;
        await new Promise<void>((r) => waiters.push(r));
      }
    };

    const { projectId } = await openBrandVoice(services);
    const collection = await call<CollectionView>('notes.create', { projectId, name: 'Shop facts' });
    const target = { projectId, collectionId: collection.id };
    await call('notes.addFile', target);
    await call('notes.addFile', target);
    const quote = await call<{ toEmbed: number }>('notes.quote', target);
    expect(quote.toEmbed).toBe(4);
    expect(await call('notes.embed', target)).toMatchObject({ embedded: 4, cancelled: false });
    expect(
      events.filter((e) => e.event === 'notes.progressed').map((e) => (e.payload as { done: number }).done),
    ).toEqual([0, 4]);

    const { defaultSetups } = await services.tryout.project(projectId);
    const base = defaultSetups.find((s) => s.kind === 'base') as Setup;
    const withNotes: Setup = { ...base, id: 'n', kind: 'notes', notesCollectionId: collection.id };
    const { runs } = await call<{ runs: { setupId: string; runId: string }[] }>('tryout.compare', {
      projectId,
      setups: [base, withNotes],
      text: '標準咖啡豆多少錢？',
    });
    const [plain, noted] = await Promise.all(runs.map((r) => finishedRun(r.runId)));
    if (!plain?.outcome.ok || !noted?.outcome.ok) throw new Error('a reply failed');
    expect(plain.outcome.notes).toBeUndefined();
    const used = noted.outcome.notes;
    expect(used?.hits.length).toBe(4); // every passage of this small collection, best first
    expect(used?.hits[0]).toMatchObject({ sourceName: 'price-list.docx', headings: ['價目表'] });
    expect(used?.hits[0]?.text).toContain('標準咖啡豆 | NT$380');
    expect(used?.queryTokens).toBeGreaterThan(0);
    const plainTokens = plain.outcome.figures?.promptTokens ?? 0;
    const notedTokens = noted.outcome.figures?.promptTokens ?? 0;
    expect(notedTokens).toBeGreaterThan(plainTokens + 40);
    expect(noted.outcome.figures?.cost ?? 0).toBeGreaterThan(plain.outcome.figures?.cost ?? 0);

    // In chat, the passages are saved with the reply, so its sources stay shown after it finishes and
    // after the app restarts (the conversations file is read back through its schema).
    const sent = await call<{ runId: string; conversation: { id: string } }>('tryout.chatSend', {
      projectId,
      conversationId: null,
      setup: withNotes,
      text: '退貨要在幾天內聯絡？',
    });
    await finishedRun(sent.runId);
    await services.shutdown();
    const reopened = await ConversationStore.open(path.join(dir, 'tunesmith'));
    const saved = reopened.get(sent.conversation.id)?.messages.at(-1);
    expect(saved?.role).toBe('assistant');
    expect(saved?.notes?.hits.map((h) => h.sourceName).sort()).toEqual([
      'faq.pdf',
      'faq.pdf',
      'price-list.docx',
      'price-list.docx',
    ]);
    expect(saved?.notes?.hits.find((h) => h.sourceName === 'faq.pdf')?.page).toBeGreaterThan(0);
  });
});
