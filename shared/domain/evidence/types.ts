// "Decide with evidence" (issue 16 §5): the user's own questions answered by each approach the project
// can use (prompt only, base model + notes, the fine-tuned model), marked right or wrong by the user, and
// turned into per-approach figures and a recommendation. Pure data shared by main and the renderer.
import type { ErrorCode } from '../../ipc/errors';
import type { NotesUsed } from '../notes/types';
import type { Currency } from '../pricing/catalog';
import type { ReplyFigures, Setup } from '../tryout/types';

/** The approaches Learn explains that can be measured on a question (the helper approach cannot). */
export type Approach = 'prompt' | 'notes' | 'fine-tuned';
export const APPROACHES: readonly Approach[] = ['prompt', 'notes', 'fine-tuned'];

export type Mark = 'right' | 'wrong';

/** How many questions a run takes: enough to tell approaches apart, few enough to mark by hand. */
export const EVIDENCE_QUESTIONS = { min: 5, max: 20, maxLength: 2000 } as const;

/**
 * What an approach costs before its first reply: embedding the notes collection, or training the model.
 * `amount` null with `known: false` means the app does not know it (a model trained elsewhere): never guessed.
 */
export interface SetupCost {
  kind: 'embedding' | 'training' | 'none';
  known: boolean;
  amount: number | null;
  currency: Currency;
  /** Tokens and price the amount was computed from, shown beside it. */
  tokens: number | null;
  per1M: number | null;
  checkedOn: string | null;
  /** Practice mode: nothing was charged; `amount` is what the same work costs at OpenAI. */
  free: boolean;
}

export interface EvidenceApproach {
  approach: Approach;
  /** The Try set-up that answers for this approach (Try's own defaults for the project). */
  setup: Setup;
  setupCost: SetupCost;
}

export interface EvidenceAnswer {
  questionIndex: number;
  approach: Approach;
  text: string;
  figures: ReplyFigures | null;
  /** Notes only: the passages the model was given and the question's embedding tokens. */
  notes: NotesUsed | null;
  /** Notes only: what embedding the question cost (its tokens × the embeddings price), in USD. */
  searchCost: number | null;
  error: ErrorCode | null;
  mark: Mark | null;
}

export type EvidenceStatus = 'running' | 'finished' | 'cancelled' | 'interrupted';

export interface EvidenceRun {
  id: string;
  projectId: string;
  createdAt: string;
  status: EvidenceStatus;
  questions: string[];
  approaches: EvidenceApproach[];
  /** In question order, then approach order, as they finish (sorted when the run ends). */
  answers: EvidenceAnswer[];
  done: number;
  total: number;
}
