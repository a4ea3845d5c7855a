// Decide with evidence through the real composition root and IPC router, on the practice service (which
// has embeddings and a brain): a notes collection from the price-list .docx and FAQ PDF, a seeded
// fine-tuned model, five of the user's questions through prompt, notes and fine-tuned model. Answers
// and marks are kept in the project's evidence.json, so a restarted app shows them again.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices, type AppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import type { EvidenceRun } from '../../../shared/domain/evidence/types';
import type { CollectionView } from '../../../shared/domain/notes/types';
import type { EvidenceView } from '../../../shared/ipc/schemas/evidence';
import type { EventMap } from '../../../shared/ipc/events';
import { FINE_TUNED, openBrandVoice, seedFineTunedModel, tempDir } from '../tryout/appHelpers';
import { approachTotals } from '../../../shared/domain/evidence/totals';
import { EvidenceStore } from '../../../electron/main/services/evidence/EvidenceStore';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};
const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/notes', name);
const QUESTIONS = [
  '標準咖啡豆多少錢？',
  '營業時間是幾點？',
  'Do you ship abroad?',
  '可以退貨嗎？',
  'What tea do you recommend?',
];

async function app(dir: string, picks: string[] = []) {
  const progress: EventMap['evidence.progressed'][] = [];
  const services = await createAppServices({
    userDataDir: dir,
    cipher: plainCipher,
    openExternal: async () => {},
    emit: (event, payload) => {
      if (event === 'evidence.progressed') progress.push(payload as EventMap['evidence.progressed']);
    },
    logSink: () => {},
    version: 'test',
    platform: 'test',
    samplesDir: path.resolve('samples'),
    dialogs: {
      showOpenDialog: async () => picks.shift() ?? null,
      showSaveDialog: async (_purpose, name) => path.join(dir, name),
    },
  });
  const router = createRouter(createHandlers(services), () => true, services.logger);
  const call = async <T>(route: string, input: unknown): Promise<T> => {
    const result = await router.dispatch(route, input, null);
    if (!result.ok) throw new Error(`${route}: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  const refused = async (route: string, input: unknown) => {
    const result = await router.dispatch(route, input, null);
    return result.ok ? null : result.error;
  };
  return { services, call, refused, progress };
}

async function projectWithNotes(services: AppServices, call: Awaited<ReturnType<typeof app>>['call']) {
  const project = await openBrandVoice(services);
  const collection = await call<CollectionView>('notes.create', {
    projectId: project.projectId,
    name: 'Shop facts',
  });
  const target = { projectId: project.projectId, collectionId: collection.id };
  await call('notes.addFile', target);
  await call('notes.addFile', target);
  await call('notes.embed', target);
  return { ...project, collectionId: collection.id };
}

describe('EvidenceService', () => {
  it('answers each question with prompt, notes and the fine-tuned model, measured, and keeps them on disk', async () => {
    const dir = await tempDir();
    const { services, call, refused, progress } = await app(dir, [
      fixture('price-list.docx'),
      fixture('faq.pdf'),
    ]);
    const { projectId, collectionId, train } = await projectWithNotes(services, call);
    seedFineTunedModel(services, train);

    const view = await call<EvidenceView>('evidence.open', { projectId });
    expect(view.run).toBeNull();
    expect(view.fineTunedModel).toBe(FINE_TUNED);
    expect(view.collections).toEqual([{ id: collectionId, name: 'Shop facts', passages: 4, embedded: 4 }]);
    expect(view.examples.length).toBeGreaterThan(5);

    // 4 questions and 21 are refused by the contract, before any model is asked.
    expect(
      await refused('evidence.start', { projectId, questions: QUESTIONS.slice(0, 4), collectionId }),
    ).toMatchObject({
      code: 'bad_input',
    });
    expect(
      await refused('evidence.start', {
        projectId,
        questions: Array.from({ length: 21 }, (_, i) => `q${i}`),
        collectionId,
      }),
    ).toMatchObject({ code: 'bad_input' });

    const started = await call<EvidenceRun>('evidence.start', {
      projectId,
      questions: QUESTIONS,
      collectionId,
    });
    expect(started.approaches.map((a) => [a.approach, a.setup.model])).toEqual([
      ['prompt', 'gpt-4.1-mini-2025-04-14'],
      ['notes', 'gpt-4.1-mini-2025-04-14'],
      ['fine-tuned', FINE_TUNED],
    ]);
    expect(started.total).toBe(15);
    await services.evidence.settled(projectId);
    const run = (await call<EvidenceView>('evidence.open', { projectId })).run!;
    expect(run.status).toBe('finished');
    expect(run.answers.map((a) => `${a.questionIndex}:${a.approach}`)).toEqual(
      QUESTIONS.flatMap((_, i) => [`${i}:prompt`, `${i}:notes`, `${i}:fine-tuned`]),
    );
    expect(run.answers.every((a) => a.error === null && a.text.length > 0 && a.figures !== null)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 15, total: 15, status: 'finished' });

    // Notes answers carry their passages; those tokens are in the prompt, and the question's embedding
    // is priced on top (tokens × the embeddings price).
    const notes = run.answers.filter((a) => a.approach === 'notes');
    const prompt = run.answers.filter((a) => a.approach === 'prompt');
    expect(notes.every((a) => (a.notes?.hits.length ?? 0) > 0)).toBe(true);
    expect(notes[0]!.figures!.promptTokens!).toBeGreaterThan(prompt[0]!.figures!.promptTokens! + 40);
    expect(notes[0]!.searchCost).toBeCloseTo((notes[0]!.notes!.queryTokens * 0.02) / 1_000_000, 12);

    // Set-up costs: the whole collection's embedding; the seeded model has no job here, so not known.
    const [promptSetup, notesSetup, ftSetup] = run.approaches.map((a) => a.setupCost);
    expect(promptSetup).toMatchObject({ kind: 'none', amount: 0 });
    expect(notesSetup).toMatchObject({ kind: 'embedding', known: true, per1M: 0.02, free: true });
    expect(notesSetup!.amount).toBeCloseTo((notesSetup!.tokens! * 0.02) / 1_000_000, 12);
    expect(ftSetup).toMatchObject({ kind: 'training', known: false, amount: null });

    // Marks are saved; a mark on a question that was not asked is refused.
    await call('evidence.mark', { projectId, questionIndex: 0, approach: 'notes', mark: 'right' });
    await call('evidence.mark', { projectId, questionIndex: 0, approach: 'prompt', mark: 'wrong' });
    expect(
      await refused('evidence.mark', { projectId, questionIndex: 7, approach: 'notes', mark: 'right' }),
    ).toMatchObject({
      code: 'not_found',
    });
    await services.shutdown();

    // A restarted app reads the same run and marks from the project's evidence.json.
    const again = await app(dir);
    const reopened = (await again.call<EvidenceView>('evidence.open', { projectId })).run!;
    expect(reopened.answers).toEqual(
      run.answers.map((a) =>
        a.questionIndex === 0 && a.approach !== 'fine-tuned'
          ? { ...a, mark: a.approach === 'notes' ? 'right' : 'wrong' }
          : a,
      ),
    );
    const totals = approachTotals(reopened);
    expect(totals.map((t) => [t.approach, t.right, t.marked])).toEqual([
      ['prompt', 0, 1],
      ['notes', 1, 1],
      ['fine-tuned', 0, 0],
    ]);

    // Export: the same save-dialog path as Try's report; the file holds each question and the marks.
    const saved = await again.call<{ saved: boolean; fileName: string }>('evidence.export', {
      projectId,
      format: 'csv',
      text: {
        title: 'Evidence',
        recommendation: ['Mark more answers'],
        number: '#',
        question: 'Question',
        approach: 'Approach',
        answer: 'Answer',
        mark: 'Mark',
        marks: { right: 'right', wrong: 'wrong', none: '' },
        promptTokens: 'in',
        replyTokens: 'out',
        totalMs: 'ms',
        cost: 'cost',
        currency: 'currency',
        error: 'error',
        totals: 'Totals',
        rightOfMarked: 'Right',
        costPer1000: 'per 1,000',
        setupCost: 'Set-up',
        medianMs: 'Median ms',
        notKnown: 'not known',
        approachLabels: { prompt: 'Prompt', notes: 'Notes', 'fine-tuned': 'Fine-tuned' },
      },
    });
    expect(saved).toEqual({ saved: true, fileName: `evidence-report-${run.createdAt.slice(0, 10)}.csv` });
    const csv = await fs.readFile(path.join(dir, saved.fileName), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(16);
    expect(csv).toContain('"標準咖啡豆多少錢？","Notes"');
    await again.services.shutdown();
  });

  it('refuses a collection that is not prepared for search, and cancels a run keeping what was answered', async () => {
    const dir = await tempDir();
    const { services, call, refused } = await app(dir);
    const { projectId } = await openBrandVoice(services);
    const empty = await call<CollectionView>('notes.create', { projectId, name: 'Empty' });
    expect(
      await refused('evidence.start', { projectId, questions: QUESTIONS, collectionId: empty.id }),
    ).toMatchObject({
      code: 'bad_input',
      path: 'collectionId',
    });

    const run = await call<EvidenceRun>('evidence.start', {
      projectId,
      questions: QUESTIONS,
      collectionId: null,
    });
    expect(run.approaches.map((a) => a.approach)).toEqual(['prompt']);
    const cancelled = await call<EvidenceRun>('evidence.cancel', { projectId });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(5);
    expect(cancelled.answers).toHaveLength(cancelled.done);
    await services.shutdown();
    const again = await app(dir);
    expect((await again.call<EvidenceView>('evidence.open', { projectId })).run).toMatchObject({
      id: run.id,
      status: 'cancelled',
    });
    await again.services.shutdown();
  });
});

describe('EvidenceStore', () => {
  it('reads a run left "running" by a crash as interrupted, keeping its answers', async () => {
    const dir = await tempDir();
    const run: EvidenceRun = {
      id: 'ev-1',
      projectId: 'p1',
      createdAt: '2026-12-05T10:00:00.000Z',
      status: 'running',
      questions: QUESTIONS,
      approaches: [],
      answers: [
        {
          questionIndex: 0,
          approach: 'prompt',
          text: 'NT$380',
          figures: null,
          notes: null,
          searchCost: null,
          error: null,
          mark: 'right',
        },
      ],
      done: 1,
      total: 5,
    };
    await new EvidenceStore(() => dir).save(run);
    expect(await new EvidenceStore(() => dir).get('p1')).toEqual({ ...run, status: 'interrupted' });
  });

  it('saves a run still answering at quit as interrupted', async () => {
    const dir = await tempDir();
    const { services, call } = await app(dir);
    const { projectId } = await openBrandVoice(services);
    // The model never answers, so the run is certainly still answering when the app quits.
    services.practice.faults.inject({ route: 'POST /chat/completions', action: { kind: 'hang' } });
    await call('evidence.start', { projectId, questions: QUESTIONS, collectionId: null });
    await services.shutdown();
    const again = await app(dir);
    const reopened = (await again.call<EvidenceView>('evidence.open', { projectId })).run!;
    expect(reopened).toMatchObject({ status: 'interrupted', done: 0, answers: [], total: 5 });
    await again.services.shutdown();
  });
});
