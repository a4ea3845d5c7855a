// Few-shot prompts: the base model is shown N of the project's own training examples as earlier turns of
// the conversation before the real question. This is the honest rival to fine-tuning ("could a good
// prompt do the same?"), so it uses the same examples the model was trained on, never the test part.
import type { ChatExample } from '../chat';

export interface PromptTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The question/answer pair of a training example: its last user turn and the assistant turn after it. */
export function questionAndAnswer(
  example: ChatExample,
): { system: string | null; question: string; answer: string } | null {
  const messages = example.messages;
  const system = messages.find((m) => m.role === 'system' || m.role === 'developer')?.content ?? null;
  for (let i = messages.length - 1; i > 0; i -= 1) {
    const reply = messages[i];
    const asked = messages[i - 1];
    if (reply?.role === 'assistant' && asked?.role === 'user' && reply.content && asked.content) {
      return { system, question: asked.content, answer: reply.content };
    }
  }
  return null;
}

/**
 * Turns for a prompt: the system prompt (if any), then `count` example pairs as user/assistant turns, then
 * the conversation so far. Examples without a plain question/answer pair (tool calls) are skipped, and the
 * first usable ones are taken in project order so the same project gives the same prompt every time.
 */
export function buildPrompt(
  systemPrompt: string,
  examples: readonly ChatExample[],
  count: number,
  conversation: readonly PromptTurn[],
): PromptTurn[] {
  const turns: PromptTurn[] = [];
  if (systemPrompt.trim() !== '') turns.push({ role: 'system', content: systemPrompt });
  let used = 0;
  for (const example of examples) {
    if (used >= count) break;
    const pair = questionAndAnswer(example);
    if (!pair) continue;
    turns.push({ role: 'user', content: pair.question }, { role: 'assistant', content: pair.answer });
    used += 1;
  }
  return [...turns, ...conversation.filter((t) => t.role !== 'system')];
}

/** The system prompt most of the examples share: what a fine-tuned model was trained to expect. */
export function commonSystemPrompt(examples: readonly ChatExample[]): string {
  const counts = new Map<string, number>();
  for (const example of examples) {
    const system = questionAndAnswer(example)?.system;
    if (system) counts.set(system, (counts.get(system) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [text, n] of counts) if (n > bestCount) [best, bestCount] = [text, n];
  return best;
}
