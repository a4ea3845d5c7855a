// "Decide with evidence" (issue 16 §5), main side: the user's 5–20 questions through each approach the
// project can use — the base model with Try's prompt, the same with the project's notes, and the
// fine-tuned model Try would pick — through Try's own reply path (TryoutService.answerOnce: same prompt,
// same notes search, measured tokens, time and cost). Each answer is saved beside the project as it
// arrives (EvidenceStore), the user's marks too; progress goes out as events and a run can be cancelled.
// Plain TypeScript: everything outside comes in through EvidenceDeps.
import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EmbedQuote } from '../../../../shared/domain/notes/embedding';
import type { CollectionView, NotesUsed } from '../../../../shared/domain/notes/types';
import { questionAndAnswer } from '../../../../shared/domain/tryout/fewShot';
import type { ReplyFigures, Setup } from '../../../../shared/domain/tryout/types';
import type { ChatExample } from '../../../../shared/domain/chat';
import {
  evidenceCsv,
  evidenceHtml,
  type EvidenceReportText,
} from '../../../../shared/domain/evidence/report';
import { embeddingSetupCost, NO_SETUP_COST } from '../../../../shared/domain/evidence/setupCost';
import type {
  Approach,
  EvidenceAnswer,
  EvidenceApproach,
  EvidenceRun,
  Mark,
  SetupCost,
} from '../../../../shared/domain/evidence/types';
import { AppError, appError } from '../../../../shared/ipc/errors';
import type { EventMap } from '../../../../shared/ipc/events';
import type { EvidenceView } from '../../../../shared/ipc/schemas/evidence';
import type { TryProjectView } from '../../../../shared/ipc/schemas/tryout';
import { runPool, type Sleep } from '../tryout/pool';
import type { SaveDialog } from '../tryout/ports';
import { EvidenceStore } from './EvidenceStore';

/** Replies in flight at once: polite to the provider, and still quicker than one at a time. */
const CONCURRENCY = 2;
const MAX_EXAMPLE_QUESTIONS = 50;

export interface EvidenceDeps {
  projectDir(projectId: string): string;
  tryout: {
    project(projectId: string): Promise<TryProjectView>;
    answerOnce(
      projectId: string,
      setup: Setup,
      question: string,
      signal: AbortSignal,
    ): Promise<{ text: string; figures: ReplyFigures | null; stopped: boolean; notes: NotesUsed | null }>;
  };
  notes: {
    list(projectId: string): Promise<CollectionView[]>;
    quote(projectId: string, collectionId: string, scope: 'all'): Promise<EmbedQuote>;
  };
  examplesOf(projectId: string): Promise<readonly { example: ChatExample }[]>;
  /** The training cost of the job that made `model`, or not known. */
  trainingCost(model: string): SetupCost;
  saveDialog: SaveDialog;
  emit(payload: EventMap['evidence.progressed']): void;
  now?: () => Date;
  newId?: () => string;
  sleep?: Sleep;
  writeFile?: (file: string, content: string) => Promise<void>;
}

interface Active {
  run: EvidenceRun;
  controller: AbortController;
  finished: Promise<void>;
}

const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

export class EvidenceService {
  private readonly store: EvidenceStore;
  private readonly active = new Map<string, Active>();

  constructor(private readonly deps: EvidenceDeps) {
    this.store = new EvidenceStore(deps.projectDir);
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }

  /** The project's run: the one answering now, else the one saved beside the project. */
  run(projectId: string): Promise<EvidenceRun | null> {
    return this.current(projectId);
  }

  private async current(projectId: string): Promise<EvidenceRun | null> {
    return this.active.get(projectId)?.run ?? (await this.store.get(projectId));
  }

  async open(projectId: string): Promise<EvidenceView> {
    const [run, project, collections, examples] = await Promise.all([
      this.current(projectId),
      this.deps.tryout.project(projectId),
      this.deps.notes.list(projectId),
      this.deps.examplesOf(projectId),
    ]);
    const questions = new Set<string>();
    for (const { example } of examples) {
      const question = questionAndAnswer(example)?.question.trim();
      if (question) questions.add(question);
      if (questions.size >= MAX_EXAMPLE_QUESTIONS) break;
    }
    return {
      run,
      examples: [...questions],
      collections: collections.map(({ id, name, passages, embedded }) => ({ id, name, passages, embedded })),
      fineTunedModel: project.defaultSetups.find((s) => s.kind === 'fine-tuned')?.model ?? null,
    };
  }

  /** The approaches for this project, built from Try's default set-ups so both pages ask the same models. */
  private async approaches(projectId: string, collectionId: string | null): Promise<EvidenceApproach[]> {
    const { defaultSetups } = await this.deps.tryout.project(projectId);
    const base = defaultSetups.find((s) => s.kind === 'base');
    if (!base) throw appError('not_found', { path: 'model' });
    const fineTuned = defaultSetups.find((s) => s.kind === 'fine-tuned');
    const approaches: EvidenceApproach[] = [
      { approach: 'prompt', setup: { ...base, id: 'prompt' }, setupCost: NO_SETUP_COST },
    ];
    if (collectionId) {
      const collection = (await this.deps.notes.list(projectId)).find((c) => c.id === collectionId);
      if (!collection) throw appError('not_found', { path: 'collectionId' });
      // Without vectors the search finds nothing and "notes" would quietly be the prompt again.
      if (collection.embedded === 0)
        throw appError('bad_input', { path: 'collectionId', params: { reason: 'not_embedded' } });
      const quote = await this.deps.notes.quote(projectId, collectionId, 'all');
      approaches.push({
        approach: 'notes',
        setup: { ...base, id: 'notes', kind: 'notes', notesCollectionId: collectionId },
        setupCost: embeddingSetupCost(quote),
      });
    }
    if (fineTuned)
      approaches.push({
        approach: 'fine-tuned',
        setup: { ...fineTuned, id: 'fine-tuned' },
        setupCost: this.deps.trainingCost(fineTuned.model),
      });
    return approaches;
  }

  async start(input: {
    projectId: string;
    questions: string[];
    collectionId: string | null;
  }): Promise<EvidenceRun> {
    const { projectId } = input;
    if (this.active.get(projectId)?.run.status === 'running')
      throw appError('bad_input', { params: { reason: 'already_running' } });
    const approaches = await this.approaches(projectId, input.collectionId);
    const notesApproach = approaches.find((a) => a.approach === 'notes');
    const per1M = notesApproach?.setupCost.per1M ?? null;
    const questions = input.questions.map((q) => q.trim());
    const run: EvidenceRun = {
      id: `ev-${(this.deps.newId ?? (() => randomBytes(6).toString('hex')))()}`,
      projectId,
      createdAt: this.now().toISOString(),
      status: 'running',
      questions,
      approaches,
      answers: [],
      done: 0,
      total: questions.length * approaches.length,
    };
    await this.store.save(run);
    const controller = new AbortController();
    setMaxListeners(100, controller.signal);
    const keys = questions.flatMap((_, questionIndex) =>
      approaches.map((a) => ({ questionIndex, approach: a.approach, setup: a.setup })),
    );
    const tasks = keys.map((key) => async (signal: AbortSignal): Promise<EvidenceAnswer> => {
      const reply = await this.deps.tryout.answerOnce(
        projectId,
        key.setup,
        questions[key.questionIndex]!,
        signal,
      );
      if (reply.stopped) throw appError('cancelled');
      return {
        questionIndex: key.questionIndex,
        approach: key.approach,
        text: reply.text,
        figures: reply.figures,
        notes: reply.notes,
        searchCost: reply.notes && per1M !== null ? (reply.notes.queryTokens * per1M) / 1_000_000 : null,
        error: null,
        mark: null,
      };
    });
    const progress = () =>
      this.deps.emit({ projectId, runId: run.id, done: run.done, total: run.total, status: run.status });
    let saving = Promise.resolve();
    const save = () => (saving = saving.then(() => this.store.save(run)));
    const finished = runPool(
      tasks,
      { concurrency: CONCURRENCY, signal: controller.signal, sleep: this.deps.sleep ?? defaultSleep },
      (index, outcome) => {
        const key = keys[index]!;
        if (!outcome.ok && controller.signal.aborted) return; // a cancelled reply is not an answer
        run.answers.push(
          outcome.ok
            ? outcome.value
            : {
                questionIndex: key.questionIndex,
                approach: key.approach,
                text: '',
                figures: null,
                notes: null,
                searchCost: null,
                error: outcome.error instanceof AppError ? outcome.error.ipcError.code : 'internal',
                mark: null,
              },
        );
        run.done += 1;
        void save();
        progress();
      },
    ).then(async () => {
      const order = (a: Approach) => approaches.findIndex((x) => x.approach === a);
      run.answers.sort((a, b) => a.questionIndex - b.questionIndex || order(a.approach) - order(b.approach));
      if (run.status === 'running') run.status = 'finished';
      await save();
      progress();
    });
    this.active.set(projectId, { run, controller, finished });
    progress();
    return run;
  }

  async cancel(projectId: string): Promise<EvidenceRun | null> {
    const active = this.active.get(projectId);
    if (active?.run.status === 'running') {
      active.run.status = 'cancelled';
      active.controller.abort();
      await active.finished;
    }
    return this.current(projectId);
  }

  /** Resolves when the project's run has stopped (tests and the export wait on it). */
  async settled(projectId: string): Promise<void> {
    await this.active.get(projectId)?.finished;
  }

  async mark(input: {
    projectId: string;
    questionIndex: number;
    approach: Approach;
    mark: Mark | null;
  }): Promise<EvidenceRun> {
    const run = await this.current(input.projectId);
    const answer = run?.answers.find(
      (a) => a.questionIndex === input.questionIndex && a.approach === input.approach,
    );
    if (!run || !answer) throw appError('not_found');
    if (answer.error !== null) throw appError('bad_input', { path: 'mark' });
    answer.mark = input.mark;
    await this.store.save(run);
    return run;
  }

  async exportReport(
    projectId: string,
    format: 'csv' | 'html',
    text: EvidenceReportText,
  ): Promise<{ saved: boolean; fileName: string | null }> {
    const run = await this.current(projectId);
    if (!run) throw appError('not_found');
    const file = await this.deps.saveDialog.chooseSavePath(
      `evidence-report-${run.createdAt.slice(0, 10)}.${format}`,
      format,
    );
    if (!file) return { saved: false, fileName: null };
    const content = format === 'csv' ? evidenceCsv(run, text) : evidenceHtml(run, text);
    await (this.deps.writeFile ?? ((f, c) => fs.writeFile(f, c, { encoding: 'utf8', mode: 0o600 })))(
      file,
      content,
    );
    // Only the name goes back: the renderer never handles full paths.
    return { saved: true, fileName: path.basename(file) };
  }

  /** Quit: a run still answering is stopped and saved as interrupted (not finished: questions are missing). */
  async dispose(): Promise<void> {
    const stopping = [...this.active.values()].filter((a) => a.run.status === 'running');
    for (const active of stopping) {
      active.run.status = 'interrupted';
      active.controller.abort();
    }
    // Every run's last write is awaited, so nothing is written after quit has moved on.
    await Promise.all([...this.active.values()].map((a) => a.finished));
  }
}
