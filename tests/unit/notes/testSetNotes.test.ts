// Try's test set with a "base model + notes" set-up (issue 16 point 4), through the real composition root
// and IPC router on the practice service: every held-out question is answered with the passages found
// for it, the result lists them with their sources, their tokens are in the measured prompt and cost,
// and the estimate made before the run already counts them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import type { CollectionView } from '../../../shared/domain/notes/types';
import type { TestSetEstimate } from '../../../shared/domain/tryout/estimate';
import type { Setup } from '../../../shared/domain/tryout/types';
import type { TestRunView } from '../../../shared/ipc/schemas/tryout';
import { openBrandVoice, tempDir } from '../tryout/appHelpers';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};
const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/notes', name);

async function app() {
  const picks = [fixture('price-list.docx'), fixture('faq.pdf')];
  const services = await createAppServices({
    userDataDir: await tempDir(),
    cipher: plainCipher,
    openExternal: async () => {},
    emit: () => {},
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
  return { services, call };
}

describe('the test set with notes', () => {
  it('gives each question its passages, shows their sources, and counts their tokens in the estimate and the cost', async () => {
    const { services, call } = await app();
    try {
      const { projectId, test } = await openBrandVoice(services);
      const collection = await call<CollectionView>('notes.create', { projectId, name: 'Shop facts' });
      const target = { projectId, collectionId: collection.id };
      await call('notes.addFile', target);
      await call('notes.addFile', target);
      await call('notes.embed', target);

      const { defaultSetups } = await services.tryout.project(projectId);
      const base = { ...(defaultSetups.find((s) => s.kind === 'base') as Setup), id: 'a' };
      const noted: Setup = { ...base, id: 'b', kind: 'notes', notesCollectionId: collection.id };
      const setups = [base, noted];

      const estimate = await call<TestSetEstimate>('tryout.testEstimate', { projectId, setups });
      const [plainEstimate, notesEstimate] = estimate.setups;
      const allowance = notesEstimate?.notes;
      // The collection holds 4 passages, fewer than the search's 5: every question gets all of them.
      expect(allowance?.passages).toBe(4);
      expect(allowance?.meanPassageTokens).toBeGreaterThan(10);
      expect(plainEstimate?.notes).toBeUndefined();
      expect(notesEstimate?.promptTokens).toBe(
        (plainEstimate?.promptTokens ?? 0) + test.length * (allowance?.tokensPerQuestion ?? 0),
      );
      expect(notesEstimate?.cost ?? 0).toBeGreaterThan(plainEstimate?.cost ?? 0);

      const started = await call<TestRunView>('tryout.testStart', {
        projectId,
        setups,
        concurrency: 2,
        judgeModel: null,
      });
      await services.tryout.testSettled(started.id);
      const run = await call<TestRunView>('tryout.testReport', { testRunId: started.id });
      expect(run.status).toBe('finished');
      expect(run.results.filter((r) => r.error !== null)).toEqual([]);
      expect(run.results).toHaveLength(test.length * 2);

      for (const c of run.cases) {
        const plain = run.results.find((r) => r.caseIndex === c.index && r.setupId === 'a');
        const withNotes = run.results.find((r) => r.caseIndex === c.index && r.setupId === 'b');
        expect(plain?.notes).toBeUndefined();
        expect(new Set(withNotes?.notes?.hits.map((h) => h.sourceName))).toEqual(
          new Set(['price-list.docx', 'faq.pdf']),
        );
        expect(withNotes?.notes?.queryTokens).toBeGreaterThan(0);
        // The passages are in the prompt the provider measured, and so in the cost.
        const added = (withNotes?.figures?.promptTokens ?? 0) - (plain?.figures?.promptTokens ?? 0);
        expect(Math.abs(added - (allowance?.tokensPerQuestion ?? 0))).toBeLessThanOrEqual(2); // the blank line joining notes to the prompt
        expect(withNotes?.figures?.cost ?? 0).toBeGreaterThan(plain?.figures?.cost ?? 0);
      }
      const [plainTotal, notesTotal] = run.totals;
      expect(notesTotal?.cost ?? 0).toBeGreaterThan(plainTotal?.cost ?? 0);
    } finally {
      await services.shutdown();
    }
  });

  it('runs a notes set-up whose collection has nothing embedded yet like the plain model, with no passages', async () => {
    const { services, call } = await app();
    try {
      const { projectId } = await openBrandVoice(services);
      const collection = await call<CollectionView>('notes.create', { projectId, name: 'Empty' });
      const { defaultSetups } = await services.tryout.project(projectId);
      const base = defaultSetups.find((s) => s.kind === 'base') as Setup;
      const noted: Setup = { ...base, id: 'b', kind: 'notes', notesCollectionId: collection.id };
      const estimate = await call<TestSetEstimate>('tryout.testEstimate', { projectId, setups: [noted] });
      expect(estimate.setups[0]?.notes).toEqual({ passages: 0, meanPassageTokens: 0, tokensPerQuestion: 0 });
      const started = await call<TestRunView>('tryout.testStart', {
        projectId,
        setups: [noted],
        concurrency: 2,
        judgeModel: null,
      });
      await services.tryout.testSettled(started.id);
      const run = await call<TestRunView>('tryout.testReport', { testRunId: started.id });
      expect(run.results.every((r) => r.error === null && r.notes?.hits.length === 0)).toBe(true);
    } finally {
      await services.shutdown();
    }
  });
});
