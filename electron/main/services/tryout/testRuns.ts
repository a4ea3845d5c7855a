// Test-set runs: every held-out example through every chosen set-up, a bounded number at a time (pool.ts),
// each reply measured, scored against the expected answer and optionally graded by a judge model. Runs
// live in memory (the newest few): a report worth keeping is exported. Progress is pushed as events.
import { setMaxListeners } from 'node:events';
import { questionAndAnswer } from '../../../../shared/domain/tryout/fewShot';
import { judgeTurns, parseJudgeReply } from '../../../../shared/domain/tryout/judge';
import { answersAreJson, scoreReply } from '../../../../shared/domain/tryout/metrics';
import { replyCost } from '../../../../shared/domain/pricing/cost';
import { allTotals } from '../../../../shared/domain/tryout/totals';
import {
  setupEstimate,
  testSetEstimate,
  type TestSetEstimate,
} from '../../../../shared/domain/tryout/estimate';
import {
  countExampleTokens,
  countTextTokens,
  encodingForModel,
  type TokenEncoding,
} from '../../../../shared/domain/tokens';
import type { CaseResult, JudgeVerdict, Setup, TestCase } from '../../../../shared/domain/tryout/types';
import { AppError, appError } from '../../../../shared/ipc/errors';
import type { EventMap } from '../../../../shared/ipc/events';
import type { TestRunView } from '../../../../shared/ipc/schemas/tryout';
import { runPool, type Sleep } from './pool';
import type { ChatModelSource, PriceSource, TryDataSource } from './ports';
import { measuredReply, setupTurns } from './reply';
import type { TryExample } from './ports';
import { withNotes, type NotesSearch } from './withNotes';

const KEEP_RUNS = 10;

export interface TestRunDeps {
  data: TryDataSource;
  provider(): ChatModelSource;
  prices: PriceSource;
  now(): number;
  sleep: Sleep;
  newId(): string;
  emitProgress(payload: EventMap['tryout.testProgressed']): void;
  /** Notes search for "base model + notes" set-ups (issue 16); without it they run like `base`. */
  notes?: NotesSearch | undefined;
}

interface Run {
  view: TestRunView;
  controller: AbortController;
  finished: Promise<void>;
}

export class TestRuns {
  private readonly runs = new Map<string, Run>();

  constructor(private readonly deps: TestRunDeps) {}

  async start(input: {
    projectId: string;
    setups: Setup[];
    concurrency: number;
    judgeModel: string | null;
  }): Promise<TestRunView> {
    if (new Set(input.setups.map((s) => s.id)).size !== input.setups.length)
      throw appError('bad_input', { path: 'setups' });
    const [examples, training] = await Promise.all([
      this.deps.data.testExamples(input.projectId),
      this.deps.data.trainingExamples(input.projectId),
    ]);
    const cases = testCases(examples);
    if (cases.length === 0) throw appError('not_found', { path: 'test' });

    const jsonExpected = answersAreJson(cases.map((c) => c.expected));
    const view: TestRunView = {
      id: this.deps.newId(),
      projectId: input.projectId,
      status: 'running',
      createdAt: new Date(this.deps.now()).toISOString(),
      setups: input.setups,
      cases,
      results: [],
      totals: allTotals(input.setups, []),
      done: 0,
      total: cases.length * input.setups.length,
      judgeModel: input.judgeModel,
      answersAreJson: jsonExpected,
    };
    const controller = new AbortController();
    // Every call in flight listens on the run's one signal; many calls are expected, not a leak.
    setMaxListeners(200, controller.signal);
    const provider = this.deps.provider();
    const tasks = cases.flatMap((c) =>
      input.setups.map((setup) => async (signal: AbortSignal): Promise<CaseResult> => {
        // A notes set-up's prompt holds the passages found for this question, so its measured tokens and
        // cost include them; the passages go into the result so the report can show their sources.
        const noted = await withNotes(this.deps.notes, input.projectId, setup, c.question);
        if (signal.aborted) throw appError('cancelled');
        const turns = setupTurns(noted.setup, training, [{ role: 'user', content: c.question }]);
        const reply = await measuredReply(provider, this.deps.prices, noted.setup, turns, {
          signal,
          now: this.deps.now,
        });
        if (reply.stopped) throw appError('cancelled');
        const judge = input.judgeModel
          ? await this.judge(provider, input.judgeModel, c, reply.text, signal)
          : null;
        return {
          caseIndex: c.index,
          setupId: setup.id,
          text: reply.text,
          figures: reply.figures,
          error: null,
          scores: scoreReply(reply.text, c.expected, jsonExpected),
          judge,
          ...(noted.notes ? { notes: noted.notes } : {}),
        };
      }),
    );
    const keys = cases.flatMap((c) => input.setups.map((s) => ({ caseIndex: c.index, setupId: s.id })));
    const progress = () =>
      this.deps.emitProgress({ testRunId: view.id, done: view.done, total: view.total, status: view.status });

    const finished = runPool(
      tasks,
      { concurrency: input.concurrency, signal: controller.signal, sleep: this.deps.sleep },
      (index, outcome) => {
        const key = keys[index]!;
        view.results.push(
          outcome.ok
            ? outcome.value
            : {
                ...key,
                text: '',
                figures: null,
                scores: null,
                judge: null,
                error: outcome.error instanceof AppError ? outcome.error.ipcError.code : 'internal',
              },
        );
        view.done += 1;
        view.totals = allTotals(view.setups, view.results);
        progress();
      },
    ).then(() => {
      view.results.sort(
        (a, b) =>
          a.caseIndex - b.caseIndex ||
          input.setups.findIndex((s) => s.id === a.setupId) -
            input.setups.findIndex((s) => s.id === b.setupId),
      );
      view.totals = allTotals(view.setups, view.results);
      if (view.status === 'running') view.status = 'finished';
      progress();
    });
    this.remember({ view, controller, finished });
    progress();
    return view;
  }

  /**
   * What `start` would ask and cost, before anything is sent: the same questions through the same prompts,
   * counted with each model's tokenizer and priced from the book (reply length: the expected answers').
   */
  async estimate(input: { projectId: string; setups: Setup[] }): Promise<TestSetEstimate> {
    const [examples, training] = await Promise.all([
      this.deps.data.testExamples(input.projectId),
      this.deps.data.trainingExamples(input.projectId),
    ]);
    const cases = testCases(examples);
    const provider = this.deps.provider();
    const setups = await Promise.all(
      input.setups.map(async (setup) => {
        const encoding = encodingForModel(setup.model);
        const notes = await this.notesAllowance(input.projectId, setup, encoding);
        return setupEstimate({
          setup,
          price: this.deps.prices.priceOf(provider.id, setup.model),
          perQuestion: cases.map((c) => ({
            promptTokens:
              countExampleTokens(
                { messages: setupTurns(setup, training, [{ role: 'user', content: c.question }]) },
                encoding,
              ) + (notes?.tokensPerQuestion ?? 0),
            expectedTokens: countTextTokens(c.expected, encoding),
          })),
          notes,
        });
      }),
    );
    return testSetEstimate(cases.length, setups);
  }

  /**
   * The passages a notes set-up will add to each question, estimated from the collection (which ones
   * is only known after each question's embedding); null for other set-ups.
   */
  private async notesAllowance(projectId: string, setup: Setup, encoding: TokenEncoding) {
    if (setup.kind !== 'notes' || !setup.notesCollectionId || !this.deps.notes?.promptAllowance) return null;
    return this.deps.notes.promptAllowance(projectId, setup.notesCollectionId, encoding);
  }

  cancel(testRunId: string): TestRunView {
    const run = this.require(testRunId);
    if (run.view.status === 'running') {
      run.view.status = 'cancelled';
      run.controller.abort();
    }
    return run.view;
  }

  get(testRunId: string): TestRunView {
    return this.require(testRunId).view;
  }

  /** Resolves when the run has stopped (tests and the export wait on it). */
  settled(testRunId: string): Promise<void> {
    return this.require(testRunId).finished;
  }

  private async judge(
    provider: ChatModelSource,
    model: string,
    c: TestCase,
    answer: string,
    signal: AbortSignal,
  ): Promise<JudgeVerdict> {
    try {
      const reply = await provider.chat(model, judgeTurns(c.question, c.expected, answer), {
        signal,
        temperature: 0,
      });
      const price = this.deps.prices.priceOf(provider.id, model);
      const quote =
        price && reply.promptTokens !== null && reply.replyTokens !== null
          ? replyCost(reply.promptTokens, reply.replyTokens, price)
          : null;
      const cost = quote ? { amount: quote.amount, currency: quote.currency } : null;
      return { ...parseJudgeReply(model, reply.text), cost };
    } catch (error) {
      if (signal.aborted) throw appError('cancelled');
      // A judge that fails leaves the reply ungraded rather than failing the reply itself.
      const code = error instanceof AppError ? error.ipcError.code : 'internal';
      return { model, score: null, reason: null, readAs: 'none', raw: `(${code})` };
    }
  }

  private remember(run: Run): void {
    this.runs.set(run.view.id, run);
    for (const [id, old] of this.runs) {
      if (this.runs.size <= KEEP_RUNS) break;
      if (old.view.status !== 'running') this.runs.delete(id);
    }
  }

  private require(id: string): Run {
    const run = this.runs.get(id);
    if (!run) throw appError('not_found');
    return run;
  }
}

/** The held-out examples that hold a question and an answer, numbered in project order. */
function testCases(examples: readonly TryExample[]): TestCase[] {
  const cases: TestCase[] = examples.flatMap(({ id, example }) => {
    const pair = questionAndAnswer(example);
    return pair
      ? [{ index: 0, exampleId: id, system: pair.system, question: pair.question, expected: pair.answer }]
      : [];
  });
  cases.forEach((c, i) => (c.index = i));
  return cases;
}
