// What a test-set run will ask and cost, said before it starts (issue 17, point 8). Prompt tokens are
// counted from the exact prompts the run will send (system prompt, few-shot pairs, question); reply
// tokens are assumed to be as long as the expected answers, which is the one honest guess available
// before the model has answered. Prices come from the same book as every other cost.
import type { Currency, ModelPrice } from '../pricing/catalog';
import { replyCost } from '../pricing/cost';
import type { Setup } from './types';

export interface SetupEstimate {
  setupId: string;
  /** Replies this set-up will be asked for: one per test question. */
  calls: number;
  /** Counted with the model's tokenizer from the prompts that will be sent. */
  promptTokens: number;
  /** The expected answers' tokens: the replies are assumed to be about as long. */
  replyTokens: number;
  /** In `currency`; null when the model has no price in the book. */
  cost: number | null;
  currency: Currency;
  price: { model: string; inputPer1M: number | null; outputPer1M: number | null; checkedOn: string } | null;
  /** Notes set-ups (issue 16): the passages added to each question, already in `promptTokens`. */
  notes?: NotesAllowance | null;
}

/** What a notes set-up adds to each prompt: `passages` passages of mean length plus the instruction. */
export interface NotesAllowance {
  passages: number;
  meanPassageTokens: number;
  tokensPerQuestion: number;
}

export interface TestSetEstimate {
  questions: number;
  /** questions × set-ups. */
  calls: number;
  setups: SetupEstimate[];
  /** Sum of the set-ups' costs when all are known and in one currency; null otherwise. */
  total: number | null;
  currency: Currency;
}

export interface EstimateInput {
  setup: Setup;
  /** Per question: prompt tokens as this set-up will send it, and the expected answer's tokens. */
  perQuestion: readonly { promptTokens: number; expectedTokens: number }[];
  price: ModelPrice | undefined;
  notes?: NotesAllowance | null;
}

export function setupEstimate({ setup, perQuestion, price, notes }: EstimateInput): SetupEstimate {
  const promptTokens = perQuestion.reduce((s, q) => s + q.promptTokens, 0);
  const replyTokens = perQuestion.reduce((s, q) => s + q.expectedTokens, 0);
  const cost = price ? replyCost(promptTokens, replyTokens, price).amount : null;
  return {
    setupId: setup.id,
    calls: perQuestion.length,
    promptTokens,
    replyTokens,
    cost,
    currency: price?.currency ?? 'USD',
    price: price
      ? {
          model: price.model,
          inputPer1M: price.inputPer1M,
          outputPer1M: price.outputPer1M,
          checkedOn: price.checkedOn,
        }
      : null,
    ...(notes ? { notes } : {}),
  };
}

export function testSetEstimate(questions: number, setups: readonly SetupEstimate[]): TestSetEstimate {
  const currencies = new Set(setups.map((s) => s.currency));
  const known = setups.every((s) => s.cost !== null) && currencies.size === 1;
  return {
    questions,
    calls: questions * setups.length,
    setups: [...setups],
    total: known ? setups.reduce((s, x) => s + (x.cost ?? 0), 0) : null,
    currency: setups[0]?.currency ?? 'USD',
  };
}
