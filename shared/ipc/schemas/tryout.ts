// Routes of the Try page (issue 7): chat, side by side, test-set runs, blind A/B, report export and
// corrections. Streamed text and run progress come back as events (shared/ipc/events.ts), keyed by the
// run ids these routes return. Main decides and measures; the renderer words everything.
import { z } from 'zod';
import type { NotesUsed } from '../../domain/notes/types';
import { defineRoute, MAX_TEXT } from '../define';
import type { ProviderId } from '../../domain/pricing/catalog';
import type { BlindPick } from '../../domain/tryout/blind';
import type { TestSetEstimate } from '../../domain/tryout/estimate';
import type { SetupTotals } from '../../domain/tryout/totals';
import type { CaseResult, Setup, TestCase, TestRunStatus } from '../../domain/tryout/types';

export interface TryModel {
  id: string;
  fineTuned: boolean;
  /** A checkpoint model id (`ft:…:ckpt-step-N`): trained, but not the final model. */
  checkpoint: boolean;
  /**
   * Issue 16 §6: false for a chat-only model (prompt and notes only, cannot be trained); absent when the
   * provider gave no chat model list.
   */
  fineTunable?: boolean;
  /** YYYY-MM-DD after which the model stops answering (OpenAI's 2027-01-14 retirements); null when none. */
  retiresOn?: string | null;
}

export interface TryProject {
  id: string;
  name: string;
  trainCount: number;
  testCount: number;
}

export interface TryOverview {
  provider: ProviderId;
  projects: TryProject[];
  models: TryModel[];
  /** Where `models` came from: the provider's list, or the dated catalog because the list could not be read. */
  modelList?: { source: 'listed' | 'fallback'; checkedOn: string | null };
}

export interface ConversationMessage {
  role: 'user' | 'assistant';
  content: string;
  /** For replies: the model that wrote it. */
  model?: string;
  /** For replies: the user pressed Stop, so this is what had arrived. */
  stopped?: boolean;
  /** For "base model + notes" replies (issue 16): the passages it was given, kept so the sources stay shown. */
  notes?: NotesUsed;
}

export interface Conversation {
  id: string;
  projectId: string;
  createdAt: string;
  updatedAt: string;
  setup: Setup;
  messages: ConversationMessage[];
}

export interface TryProjectView {
  /** The three default set-ups (fine-tuned short prompt, base short prompt, base few-shot), when models allow. */
  defaultSetups: Setup[];
  systemPrompt: string;
  conversations: Conversation[];
  trainCount: number;
  testCount: number;
}

export interface TestRunView {
  id: string;
  projectId: string;
  status: TestRunStatus;
  createdAt: string;
  setups: Setup[];
  cases: TestCase[];
  results: CaseResult[];
  totals: SetupTotals[];
  done: number;
  total: number;
  judgeModel: string | null;
  answersAreJson: boolean;
}

export interface BlindItem {
  caseIndex: number;
  question: string;
  expected: string;
  first: string;
  second: string;
  pick: BlindPick | null;
}

/** A blind session: writers are hidden until every pair has a pick; then `reveal` says who wrote what. */
export interface BlindView {
  items: BlindItem[];
  reveal: {
    wins: Record<string, number>;
    ties: number;
    writers: { caseIndex: number; first: string; second: string }[];
  } | null;
}

const id = z.string().min(1).max(200);
const text = z.string().max(MAX_TEXT);
const label = z.string().max(300);

export const setupSchema = z
  .object({
    id: z.string().min(1).max(20),
    kind: z.enum(['fine-tuned', 'base', 'few-shot', 'notes']),
    model: id,
    systemPrompt: z.string().max(20_000),
    fewShotCount: z.number().int().min(0).max(50),
    temperature: z.number().min(0).max(2),
    maxTokens: z.number().int().min(1).max(32_768).nullable(),
    notesCollectionId: z.string().min(1).max(100).nullable().optional(),
  })
  .strict();

export const reportTextSchema = z
  .object({
    title: label,
    setup: label,
    example: label,
    question: label,
    expected: label,
    reply: label,
    exact: label,
    validJson: label,
    similarity: label,
    judge: label,
    promptTokens: label,
    replyTokens: label,
    firstTokenMs: label,
    totalMs: label,
    cost: label,
    currency: label,
    costPer1000: label,
    replies: label,
    totals: label,
    error: label,
    yes: label,
    no: label,
    setupLabels: z.record(z.string().max(20), label),
    summary: z.array(z.string().max(1000)).max(3).optional(),
    notesUsed: z.string().max(200).optional(),
  })
  .strict();

export const tryoutRoutes = {
  'tryout.overview': defineRoute<TryOverview>()(z.object({}).strict()),
  'tryout.project': defineRoute<TryProjectView>()(z.object({ projectId: id }).strict()),
  /** Appends the user's message, starts the reply (streamed as events) and saves both in the conversation. */
  'tryout.chatSend': defineRoute<{ runId: string; conversation: Conversation }>()(
    z
      .object({ projectId: id, conversationId: id.nullable(), setup: setupSchema, text: text.min(1) })
      .strict(),
  ),
  'tryout.stop': defineRoute<{ stopped: boolean }>()(z.object({ runId: id }).strict()),
  'tryout.conversationDelete': defineRoute<Conversation[]>()(
    z.object({ projectId: id, conversationId: id }).strict(),
  ),
  /** One message to two or three set-ups at once; each reply streams under its own run id. */
  'tryout.compare': defineRoute<{ runs: { setupId: string; runId: string }[] }>()(
    z.object({ projectId: id, setups: z.array(setupSchema).min(2).max(3), text: text.min(1) }).strict(),
  ),
  'tryout.testStart': defineRoute<TestRunView>()(
    z
      .object({
        projectId: id,
        setups: z.array(setupSchema).min(1).max(3),
        concurrency: z.number().int().min(1).max(8),
        judgeModel: id.nullable(),
      })
      .strict(),
  ),
  /** Before a test run: how many questions, replies and what they cost (prompt tokens counted, replies
   *  assumed as long as the expected answers), per set-up with its price. Nothing is sent. */
  'tryout.testEstimate': defineRoute<TestSetEstimate>()(
    z.object({ projectId: id, setups: z.array(setupSchema).min(1).max(3) }).strict(),
  ),
  'tryout.testCancel': defineRoute<TestRunView>()(z.object({ testRunId: id }).strict()),
  'tryout.testReport': defineRoute<TestRunView>()(z.object({ testRunId: id }).strict()),
  'tryout.blindStart': defineRoute<BlindView>()(z.object({ testRunId: id, setupA: id, setupB: id }).strict()),
  'tryout.blindPick': defineRoute<BlindView>()(
    z
      .object({ testRunId: id, caseIndex: z.number().int().min(0), pick: z.enum(['first', 'second', 'tie']) })
      .strict(),
  ),
  /** Asks where to save (system dialog in main) and writes the report; `saved: false` when the user cancels. */
  'tryout.export': defineRoute<{ saved: boolean; fileName: string | null }>()(
    z.object({ testRunId: id, format: z.enum(['csv', 'html']), text: reportTextSchema }).strict(),
  ),
  /** Adds a corrected answer to the project's training examples, marked as corrected from Try. */
  'tryout.correct': defineRoute<{ exampleId: string }>()(
    z
      .object({
        projectId: id,
        system: z.string().max(20_000).nullable(),
        question: text.min(1),
        reply: text.min(1),
        model: id,
        source: z.enum(['chat', 'compare', 'test']),
      })
      .strict(),
  ),
};
