// The prompt set for golden answers, from four sources: the project's held-out part (not trained on, so
// the fairest test of a successor), real questions the user's app stored at OpenAI, questions the user
// pastes, and the training prompts (to measure how faithfully a retrain reproduces them). Each prompt is
// one question with its system prompt; the same question from two sources is kept once, under the first.
// The estimate of what recording costs is computed here too, with its formula as the basis.
import { createHash } from 'node:crypto';
import type { ChatExample } from '../../../../shared/domain/chat';
import type { ModelPrice } from '../../../../shared/domain/pricing/catalog';
import type {
  PromptOrigin,
  RecordingOptions,
  RecordingPlan,
  RescuePrompt,
} from '../../../../shared/domain/rescue/types';
import { countTextTokens } from '../../../../shared/domain/tokens';
import { questionAndAnswer } from '../../../../shared/domain/tryout/fewShot';
import type { StoredQuestion } from './RetiringAccountClient';

export function promptIdOf(system: string | null, question: string): string {
  return createHash('sha256')
    .update(`${system ?? ''}\u0000${question}`)
    .digest('hex')
    .slice(0, 20);
}

export interface PromptSources {
  examples: readonly { example: ChatExample; split: 'train' | 'validation' | 'test' }[];
  stored: readonly StoredQuestion[];
  pasted: readonly string[];
  /** The system prompt pasted questions are asked with (the one the training examples share). */
  systemPrompt: string;
}

export function buildPromptSet(sources: PromptSources, options: RecordingOptions): RescuePrompt[] {
  const out: RescuePrompt[] = [];
  const seen = new Set<string>();
  const add = (origin: PromptOrigin, system: string | null, question: string, reference: string | null) => {
    const text = question.trim();
    if (text === '') return;
    const id = promptIdOf(system, text);
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, origin, system, question: text, reference });
  };
  const fromExamples = (origin: PromptOrigin, wanted: (split: string) => boolean) => {
    for (const { example, split } of sources.examples) {
      if (!wanted(split)) continue;
      const pair = questionAndAnswer(example);
      if (pair) add(origin, pair.system, pair.question, pair.answer);
    }
  };
  if (options.sources.heldOut) fromExamples('held-out', (s) => s !== 'train');
  if (options.sources.stored) {
    for (const stored of sources.stored) {
      const system = stored.messages.find((m) => m.role === 'system')?.content ?? null;
      const question = [...stored.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
      add('stored', system, question, stored.answer);
    }
  }
  for (const pasted of options.pasted) add('pasted', sources.systemPrompt || null, pasted, null);
  if (options.sources.training) fromExamples('training', (s) => s === 'train');
  return out;
}

export function countByOrigin(prompts: readonly RescuePrompt[]): Record<PromptOrigin, number> {
  const counts: Record<PromptOrigin, number> = { 'held-out': 0, training: 0, stored: 0, pasted: 0 };
  for (const p of prompts) counts[p.origin] += 1;
  return counts;
}

const PER_MILLION = 1_000_000;

/**
 * Cost of recording `toRecord` prompts: input tokens are counted with the model's tokenizer; the length of
 * each answer is estimated from the reference answers the sources have (their mean where one is missing).
 * Extra samples are one more request per prompt with `n` answers (input billed once, output n times).
 */
export function planRecording(
  prompts: readonly RescuePrompt[],
  options: RecordingOptions,
  alreadyRecorded: (id: string) => boolean,
  price: ModelPrice | undefined,
): { plan: RecordingPlan; chosen: RescuePrompt[] } {
  const capped = prompts.slice(0, Math.max(0, options.maxPrompts));
  const chosen = capped.filter((p) => !alreadyRecorded(p.id));
  const encoding = price?.encoding ?? 'o200k_base';
  const references = prompts.flatMap((p) => (p.reference ? [countTextTokens(p.reference, encoding)] : []));
  const meanReply = references.length
    ? Math.ceil(references.reduce((a, b) => a + b, 0) / references.length)
    : 200;
  let input = 0;
  let output = 0;
  const requestsPerPrompt = options.extraSamples > 0 ? 2 : 1;
  for (const p of chosen) {
    // 3 tokens per message plus 3 to prime the reply, as the cookbook counts chat prompts.
    const asked = countTextTokens(`${p.system ?? ''}${p.question}`, encoding) + (p.system ? 10 : 7);
    const reply = p.reference ? countTextTokens(p.reference, encoding) : meanReply;
    input += asked * requestsPerPrompt;
    output += reply * (1 + options.extraSamples);
  }
  const priced = price && price.inputPer1M !== null && price.outputPer1M !== null;
  const usd = priced ? (input * price.inputPer1M! + output * price.outputPer1M!) / PER_MILLION : null;
  const costFormula = priced
    ? `${input.toLocaleString('en-US')} in × $${price.inputPer1M}/1M + ~${output.toLocaleString('en-US')} out × $${price.outputPer1M}/1M (${price.model}, checked ${price.checkedOn})`
    : `${input} in + ~${output} out × (price not published)`;
  return {
    chosen,
    plan: {
      counts: countByOrigin(prompts),
      available: prompts.length,
      toRecord: chosen.length,
      alreadyRecorded: capped.length - chosen.length,
      requestsPerPrompt,
      estimatedUsd: usd,
      costFormula,
      costBasis: {
        inputTokens: input,
        outputTokens: output,
        price: priced
          ? {
              model: price.model,
              inputPer1M: price.inputPer1M!,
              outputPer1M: price.outputPer1M!,
              currency: price.currency ?? 'USD',
              checkedOn: price.checkedOn,
            }
          : null,
      },
    },
  };
}
