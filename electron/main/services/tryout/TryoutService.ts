// The Try page's main-process side: chat with saved conversations, side-by-side comparisons, test-set
// runs, blind A/B, report export and corrections. Plain TypeScript (no `electron`): the provider, prices,
// project data, dialogs and clock come in through ports.ts, so unit tests drive it with fakes.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { baseModelOf } from '../../../../shared/domain/pricing/catalog';
import { commonSystemPrompt, type PromptTurn } from '../../../../shared/domain/tryout/fewShot';
import { reportCsv, reportHtml, type ReportText } from '../../../../shared/domain/tryout/report';
import type { ReplyFigures, Setup } from '../../../../shared/domain/tryout/types';
import { AppError, appError } from '../../../../shared/ipc/errors';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import type {
  BlindView,
  Conversation,
  TryModel,
  TryOverview,
  TryProjectView,
} from '../../../../shared/ipc/schemas/tryout';
import type { BlindPick } from '../../../../shared/domain/tryout/blind';
import { BlindSessions } from './blindSessions';
import type { ConversationStore } from './conversations';
import type { Sleep } from './pool';
import type { ChatModelSource, CorrectionProvenance, PriceSource, SaveDialog, TryDataSource } from './ports';
import { measuredReply, setupTurns } from './reply';
import { TestRuns } from './testRuns';
import type { NotesUsed } from '../../../../shared/domain/notes/types';
import { withNotes, type NotesSearch } from './withNotes';

/** Few-shot examples in the default third set-up: enough to show the voice, few enough to stay cheap. */
export const DEFAULT_FEW_SHOT = 3;
const NOT_CHAT = /^(text-embedding|omni-moderation|text-moderation)/;

export interface TryoutDeps {
  provider(): ChatModelSource;
  prices: PriceSource;
  data: TryDataSource;
  conversations: ConversationStore;
  saveDialog: SaveDialog;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  /** Milliseconds; the default is performance-grade wall time for latency figures. */
  now?: () => number;
  sleep?: Sleep;
  writeFile?: (file: string, content: string) => Promise<void>;
  newId?: () => string;
  seed?: () => number;
  /** Notes search for "base model + notes" set-ups (issue 16); without it they answer like `base`. */
  notes?: NotesSearch;
}

export type { NotesSearch } from './withNotes';

const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

export class TryoutService {
  private readonly runs = new Map<string, AbortController>();
  private readonly tests: TestRuns;
  private readonly blind: BlindSessions;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(private readonly deps: TryoutDeps) {
    this.now = deps.now ?? (() => Date.now());
    this.newId = deps.newId ?? (() => randomBytes(8).toString('hex'));
    this.tests = new TestRuns({
      data: deps.data,
      provider: deps.provider,
      prices: deps.prices,
      now: this.now,
      sleep: deps.sleep ?? defaultSleep,
      newId: () => `t-${this.newId()}`,
      emitProgress: (p) => deps.emit('tryout.testProgressed', p),
      notes: deps.notes,
    });
    this.blind = new BlindSessions(deps.seed ?? (() => randomBytes(4).readUInt32LE(0)));
  }

  async overview(): Promise<TryOverview> {
    const provider = this.deps.provider();
    const [projects, models] = await Promise.all([this.deps.data.listProjects(), this.chatModels(provider)]);
    return { provider: provider.id, projects, ...models };
  }

  /**
   * Issue 16 §6: the provider's chat models with their marks (chat-only models included) when the adapter
   * offers them, else its plain model list.
   */
  private async chatModels(provider: ChatModelSource): Promise<Pick<TryOverview, 'models' | 'modelList'>> {
    const shape = (m: { id: string; fineTuned: boolean }) => ({
      id: m.id,
      fineTuned: m.fineTuned || m.id.startsWith('ft:'),
      checkpoint: m.id.includes(':ckpt-step-'),
    });
    if (provider.chatModels) {
      const list = await provider.chatModels();
      return {
        models: list.models.map((m): TryModel => ({
          ...shape(m),
          fineTunable: m.fineTunable,
          retiresOn: m.retiresOn,
        })),
        modelList: { source: list.source, checkedOn: list.checkedOn },
      };
    }
    const models = await provider.listModels();
    return { models: models.filter((m) => !NOT_CHAT.test(m.id)).map((m): TryModel => shape(m)) };
  }

  /** Defaults for a project: the three set-ups of issue 7, built from the newest fine-tuned model. */
  async project(projectId: string): Promise<TryProjectView> {
    const [overview, training, tests] = await Promise.all([
      this.overview(),
      this.deps.data.trainingExamples(projectId),
      this.deps.data.testExamples(projectId),
    ]);
    const systemPrompt = commonSystemPrompt(training);
    const fineTuned = overview.models.find((m) => m.fineTuned && !m.checkpoint)?.id;
    const base = fineTuned ? baseModelOf(fineTuned) : overview.models.find((m) => !m.fineTuned)?.id;
    const setup = (id: string, kind: Setup['kind'], model: string): Setup => ({
      id,
      kind,
      model,
      systemPrompt,
      fewShotCount: kind === 'few-shot' ? DEFAULT_FEW_SHOT : 0,
      temperature: 1,
      maxTokens: null,
    });
    const defaultSetups = [
      ...(fineTuned ? [setup('a', 'fine-tuned', fineTuned)] : []),
      ...(base ? [setup('b', 'base', base), setup('c', 'few-shot', base)] : []),
    ];
    return {
      defaultSetups,
      systemPrompt,
      conversations: this.deps.conversations.list(projectId),
      trainCount: training.length,
      testCount: tests.length,
    };
  }

  async chatSend(input: {
    projectId: string;
    conversationId: string | null;
    setup: Setup;
    text: string;
  }): Promise<{ runId: string; conversation: Conversation }> {
    const stamp = new Date().toISOString();
    const existing = input.conversationId ? this.deps.conversations.get(input.conversationId) : undefined;
    if (input.conversationId && (!existing || existing.projectId !== input.projectId))
      throw appError('not_found');
    const conversation: Conversation = {
      id: existing?.id ?? `c-${this.newId()}`,
      projectId: input.projectId,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      setup: input.setup,
      messages: [...(existing?.messages ?? []), { role: 'user', content: input.text }],
    };
    await this.deps.conversations.save(conversation);
    const training =
      input.setup.kind === 'few-shot' ? await this.deps.data.trainingExamples(input.projectId) : [];
    const { setup: prompted, notes } = await this.withNotes(input.projectId, input.setup, input.text);
    const turns = setupTurns(prompted, training, conversation.messages as PromptTurn[]);
    const runId = this.startRun(
      prompted,
      turns,
      async (outcome) => {
        if (!outcome.ok) return conversation.id;
        await this.deps.conversations.save({
          ...conversation,
          updatedAt: new Date().toISOString(),
          messages: [
            ...conversation.messages,
            {
              role: 'assistant',
              content: outcome.text,
              model: input.setup.model,
              ...(outcome.stopped ? { stopped: true } : {}),
              ...(notes ? { notes } : {}),
            },
          ],
        });
        return conversation.id;
      },
      notes,
    );
    return { runId, conversation };
  }

  async compare(input: {
    projectId: string;
    setups: Setup[];
    text: string;
  }): Promise<{ runs: { setupId: string; runId: string }[] }> {
    const training = await this.deps.data.trainingExamples(input.projectId);
    const prompted = await Promise.all(
      input.setups.map((s) => this.withNotes(input.projectId, s, input.text)),
    );
    return {
      runs: prompted.map(({ setup, notes }) => ({
        setupId: setup.id,
        runId: this.startRun(
          setup,
          setupTurns(setup, training, [{ role: 'user', content: input.text }]),
          async () => null,
          notes,
        ),
      })),
    };
  }

  stop(runId: string): { stopped: boolean } {
    const controller = this.runs.get(runId);
    controller?.abort();
    return { stopped: controller !== undefined };
  }

  async deleteConversation(projectId: string, conversationId: string): Promise<Conversation[]> {
    await this.deps.conversations.remove(conversationId);
    return this.deps.conversations.list(projectId);
  }

  startTest(input: { projectId: string; setups: Setup[]; concurrency: number; judgeModel: string | null }) {
    return this.tests.start(input);
  }
  /** How many questions a test run would ask and what it would cost, before it starts. */
  estimateTest(input: { projectId: string; setups: Setup[] }) {
    return this.tests.estimate(input);
  }
  cancelTest(id: string) {
    return this.tests.cancel(id);
  }
  testReport(id: string) {
    return this.tests.get(id);
  }
  testSettled(id: string) {
    return this.tests.settled(id);
  }

  blindStart(testRunId: string, setupA: string, setupB: string): BlindView {
    const run = this.tests.get(testRunId);
    if (run.status === 'running') throw appError('bad_input', { path: 'testRunId' });
    return this.blind.start(testRunId, run.cases, run.results, setupA, setupB);
  }
  blindPick(testRunId: string, caseIndex: number, pick: BlindPick): BlindView {
    return this.blind.pick(testRunId, caseIndex, pick);
  }

  async exportReport(
    testRunId: string,
    format: 'csv' | 'html',
    text: ReportText,
  ): Promise<{ saved: boolean; fileName: string | null }> {
    const run = this.tests.get(testRunId);
    const file = await this.deps.saveDialog.chooseSavePath(
      `try-report-${run.createdAt.slice(0, 10)}.${format}`,
      format,
    );
    if (!file) return { saved: false, fileName: null };
    const data = {
      createdAt: run.createdAt,
      setups: run.setups,
      cases: run.cases,
      results: run.results,
      totals: run.totals,
    };
    const content = format === 'csv' ? reportCsv(data, text) : reportHtml(data, text);
    await (this.deps.writeFile ?? ((f, c) => fs.writeFile(f, c, { encoding: 'utf8', mode: 0o600 })))(
      file,
      content,
    );
    // Only the name goes back: the renderer never handles full paths.
    return { saved: true, fileName: path.basename(file) };
  }

  async correct(
    input: {
      projectId: string;
      system: string | null;
      question: string;
      reply: string;
    } & CorrectionProvenance,
  ): Promise<{ exampleId: string }> {
    const messages = [
      ...(input.system ? [{ role: 'system' as const, content: input.system }] : []),
      { role: 'user' as const, content: input.question },
      { role: 'assistant' as const, content: input.reply },
    ];
    return this.deps.data.appendCorrection(
      input.projectId,
      { messages },
      { model: input.model, source: input.source },
    );
  }

  /**
   * One question through one set-up, measured and awaited (no events): the same prompt, notes search and
   * reply path as chat and compare, for "Decide with evidence" (issue 16 §5). A notes set-up's passages
   * are in the prompt, so its measured tokens and cost include them.
   */
  async answerOnce(
    projectId: string,
    setup: Setup,
    question: string,
    signal: AbortSignal,
  ): Promise<{ text: string; figures: ReplyFigures | null; stopped: boolean; notes: NotesUsed | null }> {
    const training = setup.kind === 'few-shot' ? await this.deps.data.trainingExamples(projectId) : [];
    const { setup: prompted, notes } = await this.withNotes(projectId, setup, question);
    const turns = setupTurns(prompted, training, [{ role: 'user', content: question }]);
    const reply = await measuredReply(this.deps.provider(), this.deps.prices, prompted, turns, {
      signal,
      now: this.now,
    });
    return { ...reply, notes };
  }

  /**
   * A notes set-up's prompt: the passages closest to the question appended to its system prompt. Their
   * tokens are in the prompt, so the provider's usage (and the reply's cost) includes them; the question's
   * embedding is reported beside them.
   */
  private async withNotes(
    projectId: string,
    setup: Setup,
    question: string,
  ): Promise<{ setup: Setup; notes: NotesUsed | null }> {
    return withNotes(this.deps.notes, projectId, setup, question);
  }

  /** Starts one streamed reply; its text and result go out as events under the returned run id. */
  private startRun(
    setup: Setup,
    turns: PromptTurn[],
    onDone: (outcome: { ok: true; text: string; stopped: boolean } | { ok: false }) => Promise<string | null>,
    notes: NotesUsed | null = null,
  ): string {
    const runId = `r-${this.newId()}`;
    const controller = new AbortController();
    this.runs.set(runId, controller);
    const provider = this.deps.provider();
    void (async () => {
      try {
        const reply = await measuredReply(provider, this.deps.prices, setup, turns, {
          signal: controller.signal,
          now: this.now,
          onDelta: (text) => this.deps.emit('tryout.replyStreamed', { runId, text }),
        });
        const conversationId = await onDone({ ok: true, text: reply.text, stopped: reply.stopped });
        this.deps.emit('tryout.replyFinished', {
          runId,
          conversationId,
          outcome: { ok: true, ...reply, ...(notes ? { notes } : {}) },
        });
      } catch (error) {
        const conversationId = await onDone({ ok: false }).catch(() => null);
        const ipcError = error instanceof AppError ? error.ipcError : { code: 'internal' as const };
        this.deps.emit('tryout.replyFinished', {
          runId,
          conversationId,
          outcome: { ok: false, error: ipcError },
        });
      } finally {
        this.runs.delete(runId);
      }
    })();
    return runId;
  }
}
