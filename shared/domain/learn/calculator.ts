// The Learn page's cost calculator: is a fine-tuned model with a short prompt cheaper than the base
// model with a long few-shot prompt? Pure arithmetic, returned together with the inputs of every formula
// (its "basis") so the UI can show, in the user's language, exactly how each number was made.
//
// Fine-tuned models are billed at their own, higher per-token prices (the catalog's input/output prices
// are the fine-tuned ones) and training is a one-off cost. Spreading that one-off cost over N months
// gives a monthly figure; the break-even volume is the requests per month at which both options cost the
// same. If a fine-tuned request is not cheaper than a base request, there is no break-even: "never".

const PER_MILLION = 1_000_000;

export interface TokenPrices {
  /** US dollars per 1M tokens. */
  inputPer1M: number;
  outputPer1M: number;
}

export interface CalculatorInput {
  /** Prices of the model as it comes (no training). */
  base: TokenPrices;
  /** Prices of the fine-tuned model, plus its training price. */
  tuned: TokenPrices & { trainingPer1M: number };
  requestsPerMonth: number;
  /** Prompt tokens for the base model: instructions plus the few-shot examples. */
  longPromptTokens: number;
  /** Prompt tokens for the fine-tuned model: the examples live in the training now. */
  shortPromptTokens: number;
  /** Reply tokens, the same for both. */
  replyTokens: number;
  /** Tokens of the training file, counted once per epoch. */
  trainingTokens: number;
  epochs: number;
  /** Months over which the one-off training cost is spread. */
  amortizeMonths: number;
}

export interface PerRequestCost {
  usd: number;
  basis: { promptTokens: number; inputPer1M: number; replyTokens: number; outputPer1M: number };
}

export interface CalculatorResult {
  baseRequest: PerRequestCost;
  tunedRequest: PerRequestCost;
  training: { usd: number; basis: { tokens: number; epochs: number; trainingPer1M: number } };
  /** (a) base model with the long prompt, per month. */
  baseMonthly: { usd: number; basis: { perRequestUsd: number; requests: number } };
  /** (b) fine-tuned model with the short prompt, per month, training spread over amortizeMonths. */
  tunedMonthly: {
    usd: number;
    usageUsd: number;
    trainingShareUsd: number;
    basis: { perRequestUsd: number; requests: number; trainingUsd: number; months: number };
  };
  /** Positive when (b) is cheaper per month. */
  monthlySavingUsd: number;
  /** Requests per month from which (b) is cheaper (rounded up), or null: never. */
  breakEvenRequests: number | null;
  /** Months until the saved usage money has paid for the training at this volume, or null: never. */
  paybackMonths: number | null;
}

export function requestCost(promptTokens: number, replyTokens: number, prices: TokenPrices): PerRequestCost {
  return {
    usd: (promptTokens * prices.inputPer1M + replyTokens * prices.outputPer1M) / PER_MILLION,
    basis: { promptTokens, inputPer1M: prices.inputPer1M, replyTokens, outputPer1M: prices.outputPer1M },
  };
}

export function trainingCostUsd(tokens: number, epochs: number, trainingPer1M: number): number {
  return (tokens * epochs * trainingPer1M) / PER_MILLION;
}

/** Inputs a person can type wrong: negative or non-finite numbers count as zero, months at least one. */
export function sanitizeInput(input: CalculatorInput): CalculatorInput {
  const n = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  return {
    ...input,
    requestsPerMonth: n(input.requestsPerMonth),
    longPromptTokens: n(input.longPromptTokens),
    shortPromptTokens: n(input.shortPromptTokens),
    replyTokens: n(input.replyTokens),
    trainingTokens: n(input.trainingTokens),
    epochs: n(input.epochs),
    amortizeMonths: Math.max(1, n(input.amortizeMonths)),
  };
}

export function compareCosts(raw: CalculatorInput): CalculatorResult {
  const input = sanitizeInput(raw);
  const baseRequest = requestCost(input.longPromptTokens, input.replyTokens, input.base);
  const tunedRequest = requestCost(input.shortPromptTokens, input.replyTokens, input.tuned);
  const trainingUsd = trainingCostUsd(input.trainingTokens, input.epochs, input.tuned.trainingPer1M);
  const requests = input.requestsPerMonth;

  const baseMonthlyUsd = baseRequest.usd * requests;
  const usageUsd = tunedRequest.usd * requests;
  const trainingShareUsd = trainingUsd / input.amortizeMonths;
  const savingPerRequest = baseRequest.usd - tunedRequest.usd;
  const monthlyUsageSaving = savingPerRequest * requests;

  return {
    baseRequest,
    tunedRequest,
    training: {
      usd: trainingUsd,
      basis: { tokens: input.trainingTokens, epochs: input.epochs, trainingPer1M: input.tuned.trainingPer1M },
    },
    baseMonthly: { usd: baseMonthlyUsd, basis: { perRequestUsd: baseRequest.usd, requests } },
    tunedMonthly: {
      usd: usageUsd + trainingShareUsd,
      usageUsd,
      trainingShareUsd,
      basis: { perRequestUsd: tunedRequest.usd, requests, trainingUsd, months: input.amortizeMonths },
    },
    monthlySavingUsd: baseMonthlyUsd - (usageUsd + trainingShareUsd),
    breakEvenRequests: breakEven(trainingShareUsd, savingPerRequest),
    paybackMonths: monthlyUsageSaving > 0 ? trainingUsd / monthlyUsageSaving : null,
  };
}

/**
 * base × r = tuned × r + trainingShare  ⇒  r = trainingShare / (base − tuned), rounded up to whole requests.
 * A tiny tolerance keeps float noise (0.1 + 0.2) from adding a phantom request.
 */
function breakEven(trainingShareUsd: number, savingPerRequest: number): number | null {
  if (!(savingPerRequest > 0)) return null;
  const exact = trainingShareUsd / savingPerRequest;
  return Math.ceil(exact - 1e-9);
}

export interface CostPoint {
  requests: number;
  baseUsd: number;
  tunedUsd: number;
}

/** Monthly cost of both options at evenly spaced volumes from 0 to maxRequests, for the chart. */
export function costCurve(raw: CalculatorInput, maxRequests: number, steps = 20): CostPoint[] {
  const input = sanitizeInput(raw);
  const baseReq = requestCost(input.longPromptTokens, input.replyTokens, input.base).usd;
  const tunedReq = requestCost(input.shortPromptTokens, input.replyTokens, input.tuned).usd;
  const share =
    trainingCostUsd(input.trainingTokens, input.epochs, input.tuned.trainingPer1M) / input.amortizeMonths;
  const points: CostPoint[] = [];
  const top = Math.max(0, maxRequests);
  const count = Math.max(1, Math.floor(steps));
  for (let i = 0; i <= count; i += 1) {
    const requests = (top * i) / count;
    points.push({ requests, baseUsd: baseReq * requests, tunedUsd: tunedReq * requests + share });
  }
  return points;
}

/** A chart range that shows the chosen volume and, when there is one, the break-even point with room. */
export function chartMaxRequests(requestsPerMonth: number, breakEvenRequests: number | null): number {
  const candidates = [requestsPerMonth * 1.25, breakEvenRequests === null ? 0 : breakEvenRequests * 2, 100];
  return niceCeil(Math.max(...candidates));
}

/** Round up to 1, 2 or 5 × a power of ten, so axis labels stay readable. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value - 1e-9) return step * power;
  }
  return 10 * power;
}

/**
 * What one email or message costs in tokens, for people who count their volume in emails rather than
 * requests and tokens: the prompt a fine-tuned model gets (the message with its short instructions) and
 * the reply. Taken from the open project's own examples when there is one, otherwise the default below.
 */
export interface MessageTokens {
  /** Prompt tokens of one message: an example's tokens minus its assistant reply. */
  input: number;
  /** Reply tokens of one message: an example's assistant tokens. */
  output: number;
  basis: { kind: 'project'; project: string; examples: number } | { kind: 'default' };
}

/**
 * With no project open: a short customer email of about 150 words with a line of instructions, and a
 * reply of about 120 words. OpenAI's rule of thumb is ~¾ of an English word per token (≈ 1.3 tokens a
 * word), so ~200 tokens in and ~160 out; a Chinese email of ~150 characters lands in the same range
 * (roughly one token per character in both o200k and Qwen's tokenizer).
 */
export const DEFAULT_MESSAGE_TOKENS: MessageTokens = { input: 200, output: 160, basis: { kind: 'default' } };

/**
 * The project's average message: mean tokens per example (the cookbook count the checks use) split into
 * the reply (mean assistant tokens) and the rest. Null for a project without checked examples.
 */
export function messageTokensOfProject(
  project: string,
  stats: { examples: number; meanTokensPerExample: number; meanAssistantTokensPerExample: number },
): MessageTokens | null {
  const { examples, meanTokensPerExample, meanAssistantTokensPerExample } = stats;
  if (!(examples > 0) || !(meanTokensPerExample > 0)) return null;
  const output = Math.round(Math.max(0, meanAssistantTokensPerExample));
  const input = Math.max(0, Math.round(meanTokensPerExample) - output);
  return { input, output, basis: { kind: 'project', project, examples } };
}

/**
 * The calculator's input when the volume is counted in messages: each message is one request, and the
 * fine-tuned prompt and the reply are the message's own tokens. The long prompt (instructions plus the
 * pasted examples the base model needs) stays as typed.
 */
export function withMessageVolume(input: CalculatorInput, messages: MessageTokens): CalculatorInput {
  return { ...input, shortPromptTokens: messages.input, replyTokens: messages.output };
}
