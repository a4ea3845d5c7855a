// What a practice model says. See retrieval.ts (fine-tuned: the reply of the closest training
// example), baseReply.ts (base: a plain, generic answer), notesReply.ts (base given notes: from them)
// and identity.ts (both: honest about what they are). Deterministic: the only choice left to chance,
// among equally good replies, is made by the seed.
import type { ChatExample, ChatMessage } from '../../../../../shared/domain/chat';
import type { TokenEncoding } from '../../../../../shared/domain/tokens';
import { carryOverIdentifier } from './adapt';
import { baseReply, baseReplyVariants } from './baseReply';
import { conversationParts } from './conversation';
import { asksWhatItIs, selfDescription } from './identity';
import { detectLanguage } from './language';
import { hash32 } from './random';
import { notesReply } from './notesReply';
import { closestCandidates } from './retrieval';
import { truncateToTokens, type Truncated } from './truncate';

export type PracticeModel = { kind: 'base' } | { kind: 'fine-tuned'; examples: ChatExample[] };

export interface ReplyOptions {
  seed: number;
  /** max_completion_tokens: cut the reply to this many tokens. */
  maxTokens?: number;
  /** Tokenizer of the model being imitated; o200k_base (gpt-4o family) when not given. */
  encoding?: TokenEncoding;
}

/** Picks one of `count` equally good options from the seed and the question, stably. */
function choose(count: number, seed: number, question: string): number {
  return count <= 1 ? 0 : hash32(`${seed}\u0000${question}`, 0x5eed) % count;
}

function fullReply(model: PracticeModel, messages: readonly ChatMessage[], seed: number): string {
  const { lastUser, instructions } = conversationParts(messages);
  const language = detectLanguage(lastUser);
  if (asksWhatItIs(lastUser)) {
    const kind =
      model.kind === 'base'
        ? ({ kind: 'base' } as const)
        : { kind: 'fine-tuned' as const, exampleCount: model.examples.length };
    return selfDescription(kind, language);
  }
  if (model.kind === 'fine-tuned') {
    const match = closestCandidates(model.examples, messages);
    // A model trained only on tool calls has no text to imitate; it still answers rather than failing.
    if (match) {
      const chosen = match.best[choose(match.best.length, seed, lastUser)] ?? match.best[0];
      if (chosen) return carryOverIdentifier(chosen.reply, chosen.lastUser, lastUser);
    }
  }
  // A base model given notes answers from them (a fine-tuned one answers from its training, above).
  const fromNotes = notesReply(instructions, lastUser, language);
  if (fromNotes !== null) return fromNotes;
  return baseReply(lastUser, language, choose(baseReplyVariants(language), seed, lastUser));
}

/** The reply plus whether max tokens cut it (the HTTP layer then reports finish_reason "length"). */
export function replyWithFinish(
  model: PracticeModel,
  messages: ChatMessage[],
  opts: ReplyOptions,
): Truncated {
  return truncateToTokens(
    fullReply(model, messages, opts.seed),
    opts.maxTokens,
    opts.encoding ?? 'o200k_base',
  );
}

export function replyFor(model: PracticeModel, messages: ChatMessage[], opts: ReplyOptions): string {
  return replyWithFinish(model, messages, opts).text;
}
