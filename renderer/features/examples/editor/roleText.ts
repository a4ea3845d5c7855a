// Role names in plain words ("Good answer" rather than "assistant"), through literal keys.
import type { ChatRole } from '../../../../shared/domain/chat';

export const ROLE_TEXT = {
  system: 'examples.roles.system',
  developer: 'examples.roles.developer',
  user: 'examples.roles.user',
  assistant: 'examples.roles.assistant',
  tool: 'examples.roles.tool',
  function: 'examples.roles.function',
} as const satisfies Record<ChatRole, string>;

/** The roles a user may pick for a turn (developer and function are legacy/API-only). */
export const EDITABLE_ROLES = ['system', 'user', 'assistant', 'tool'] as const;
