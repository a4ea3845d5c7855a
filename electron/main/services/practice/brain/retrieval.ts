// How a fine-tuned practice model "remembers" its training: every assistant turn of every training
// example is a candidate reply, filed under the conversation that led up to it. A request is answered
// by the candidate whose conversation is most like the request's. This is nearest-neighbour retrieval,
// not learning, but it reproduces what users should notice after fine-tuning: the replies take on the
// content, format and voice of the examples, and questions unlike any example get a poorly fitting
// answer (the lesson that training data must cover what users will ask).
import type { ChatExample, ChatMessage } from '../../../../../shared/domain/chat';
import { sparseCosine, textFeatures, type FeatureVector } from '../../../../../shared/domain/similarity';
import { conversationParts, messageText } from './conversation';

interface PartFeatures {
  instructions: FeatureVector;
  lastUser: FeatureVector;
  earlierTurns: FeatureVector;
}

export interface Candidate {
  exampleIndex: number;
  /** Index of the assistant message inside its example. */
  messageIndex: number;
  reply: string;
  lastUser: string;
  features: PartFeatures;
}

// The latest user turn decides most of the answer; earlier turns place it in the conversation (so a
// follow-up question matches the second turn of a multi-turn example, not the first); the system prompt
// separates examples written for different roles when one file mixes them.
const WEIGHTS = { lastUser: 0.7, earlierTurns: 0.2, instructions: 0.1 } as const;

/**
 * Candidates whose scores differ by less than this are equally good as far as a bag-of-words can tell;
 * the seed chooses among them, as sampling would choose among near-equal continuations.
 */
export const TIE_TOLERANCE = 0.01;

function partFeatures(messages: readonly ChatMessage[]): PartFeatures & { lastUserText: string } {
  const parts = conversationParts(messages);
  return {
    instructions: textFeatures(parts.instructions),
    lastUser: textFeatures(parts.lastUser),
    earlierTurns: textFeatures(parts.earlierTurns),
    lastUserText: parts.lastUser,
  };
}

// A practice model's examples do not change after training, and the HTTP layer may keep passing the same
// array: cache its index instead of re-featurising every example on every request.
const indexCache = new WeakMap<readonly ChatExample[], Candidate[]>();

/** Every trainable assistant turn with text (weight 0 turns were excluded from training, so are skipped). */
export function candidatesOf(examples: readonly ChatExample[]): Candidate[] {
  const cached = indexCache.get(examples);
  if (cached) return cached;
  const candidates: Candidate[] = [];
  examples.forEach((example, exampleIndex) => {
    const messages = Array.isArray(example?.messages) ? example.messages : [];
    messages.forEach((message, messageIndex) => {
      if (message.role !== 'assistant' || message.weight === 0) return;
      const reply = messageText(message);
      if (reply.trim().length === 0) return; // tool-call-only turns have no text to say
      const { lastUserText, ...features } = partFeatures(messages.slice(0, messageIndex));
      candidates.push({ exampleIndex, messageIndex, reply, lastUser: lastUserText, features });
    });
  });
  indexCache.set(examples, candidates);
  return candidates;
}

/** Similarity of one part; two empty parts agree fully (both single-turn, both without instructions). */
function partSimilarity(a: FeatureVector, b: FeatureVector): number {
  if (a.size === 0 && b.size === 0) return 1;
  return sparseCosine(a, b);
}

function score(query: PartFeatures, candidate: PartFeatures): number {
  return (
    WEIGHTS.lastUser * partSimilarity(query.lastUser, candidate.lastUser) +
    WEIGHTS.earlierTurns * partSimilarity(query.earlierTurns, candidate.earlierTurns) +
    WEIGHTS.instructions * partSimilarity(query.instructions, candidate.instructions)
  );
}

export interface Match {
  /** All candidates within TIE_TOLERANCE of the best score, best first (stable by position in the file). */
  best: Candidate[];
  score: number;
}

/** The closest candidates to a request, or undefined when the examples contain no usable reply. */
export function closestCandidates(
  examples: readonly ChatExample[],
  messages: readonly ChatMessage[],
): Match | undefined {
  const candidates = candidatesOf(examples);
  if (candidates.length === 0) return undefined;
  const query = partFeatures(messages);
  const scored = candidates.map((candidate) => ({ candidate, score: score(query, candidate.features) }));
  const top = scored.reduce((max, s) => Math.max(max, s.score), -Infinity); // no spread: files can be huge
  const best = scored
    .filter((s) => s.score >= top - TIE_TOLERANCE)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.candidate);
  return { best, score: top };
}
