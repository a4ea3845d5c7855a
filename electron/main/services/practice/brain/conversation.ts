// The parts of a conversation the practice brain compares: instructions (system/developer), the latest
// user turn (what must be answered) and the turns before it (the context in a multi-turn chat).
import type { ChatMessage } from '../../../../../shared/domain/chat';

export interface ConversationParts {
  instructions: string;
  lastUser: string;
  earlierTurns: string;
}

/**
 * The text of a message. The chat API also accepts content as an array of parts
 * (`[{type:'text', text}]`); the HTTP layer may pass those through, so read both shapes, and
 * ignore non-text parts (images, audio) that a practice model cannot look at anyway.
 */
export function messageText(message: Pick<ChatMessage, 'content'>): string {
  const content: unknown = message.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) =>
      typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string'
        ? (part as { text: string }).text
        : '',
    )
    .filter((text) => text.length > 0)
    .join('\n');
}

function isInstruction(message: ChatMessage): boolean {
  return message.role === 'system' || message.role === 'developer';
}

/** Splits messages (a request, or a training example up to one of its assistant turns) into parts. */
export function conversationParts(messages: readonly ChatMessage[]): ConversationParts {
  const instructions = messages.filter(isInstruction).map(messageText).join('\n');
  const dialogue = messages.filter((m) => !isInstruction(m));
  let lastUserIndex = -1;
  for (let i = dialogue.length - 1; i >= 0; i -= 1) {
    if (dialogue[i]?.role === 'user') {
      lastUserIndex = i;
      break;
    }
  }
  const lastUser = lastUserIndex >= 0 ? messageText(dialogue[lastUserIndex] as ChatMessage) : '';
  const earlierTurns = dialogue
    .slice(0, Math.max(0, lastUserIndex))
    .map(messageText)
    .filter((text) => text.length > 0)
    .join('\n');
  return { instructions, lastUser, earlierTurns };
}
