// The Try page's vocabulary, shared by main (which runs models and builds reports) and the renderer
// (which shows them). Pure data: no SDK types, no text for users (the renderer words everything).
import type { ErrorCode } from '../../ipc/errors';
import type { Currency } from '../pricing/catalog';
import type { Money, ReplyCostBasis } from '../pricing/cost';
import type { PriceRegion } from '../pricing/region';
import type { NotesUsed } from '../notes/types';

/** How a set-up prompts its model: as trained, plainly, or with examples from the project in the prompt. */
export type SetupKind = 'fine-tuned' | 'base' | 'few-shot' | 'notes';

export interface Setup {
  /** Stable within one comparison or test run ("a", "b", "c"); reports and blind picks refer to it. */
  id: string;
  kind: SetupKind;
  model: string;
  systemPrompt: string;
  /** Examples placed in the prompt (few-shot set-ups only; 0 otherwise). */
  fewShotCount: number;
  temperature: number;
  /** Longest reply in tokens; null lets the model decide. */
  maxTokens: number | null;
  /** Notes set-ups (issue 16): the project's notes collection searched for each question. */
  notesCollectionId?: string | null;
}

/**
 * Every number shown under a reply, with what it was computed from, so a user (and a test) can redo the
 * arithmetic: tokens come from the provider's `usage`, times from our clock, cost from the price book.
 */
export interface ReplyFigures {
  promptTokens: number | null;
  replyTokens: number | null;
  /** From sending the request to the first piece of text; null when no text came. */
  firstTokenMs: number | null;
  totalMs: number;
  /** What the reply cost in `currency` (the one the provider bills: CNY in Alibaba's Beijing region). */
  cost: number | null;
  currency: Currency;
  /** The numbers the cost was computed from; each screen words the formula in its own language. */
  costBasis: ReplyCostBasis | null;
  /** Why there is no cost: no usage from the provider, no price entry, or a price not published. */
  noCost: 'no_usage' | 'no_price' | 'not_published' | null;
  /** The cost formula in English with the numbers filled in (shared/domain/pricing/cost.ts), for logs. */
  costFormula: string;
  /** The price entry used: its model, when it was checked, whether the user overrode it, whose region. */
  price: {
    model: string;
    inputPer1M: number | null;
    outputPer1M: number | null;
    currency: Currency;
    checkedOn: string;
    overridden: boolean;
    region: PriceRegion | null;
  } | null;
}

export interface ReplyScores {
  exact: boolean;
  /** Whether the reply parses as JSON; null when the expected answers are not JSON (so it is not measured). */
  validJson: boolean | null;
  /** textSimilarity to the expected answer, 0..1. */
  similarity: number;
}

export interface JudgeVerdict {
  model: string;
  /** 1..5, or null when the judge's reply held no single clear grade. */
  score: number | null;
  reason: string | null;
  /** Which reading of the judge's reply produced the score (shown as the verdict's basis). */
  readAs: 'json' | 'labelled' | 'fraction' | 'none' | 'ambiguous';
  raw: string;
  /** What the grading call cost (tokens × price), in its currency; null when unknown. Kept apart from the reply's cost. */
  cost?: Money | null;
}

/** One example of the held-out test part. */
export interface TestCase {
  index: number;
  exampleId: string;
  system: string | null;
  question: string;
  expected: string;
}

export interface CaseResult {
  caseIndex: number;
  setupId: string;
  text: string;
  figures: ReplyFigures | null;
  error: ErrorCode | null;
  scores: ReplyScores | null;
  judge: JudgeVerdict | null;
  /** Notes set-ups (issue 16): the passages the reply was given, with their sources. */
  notes?: NotesUsed;
}

export type TestRunStatus = 'running' | 'finished' | 'cancelled' | 'failed';
