// The canonical training example: OpenAI's chat fine-tuning line. Every provider adapter converts from this
// shape, every importer converts to it. Kept loose on purpose (unknown keys survive) so that checks can
// report what a user's file really contains instead of a parser silently dropping it.

export type ChatRole = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: ChatRole;
  content: string | null;
  name?: string;
  /** 0 excludes this assistant turn from training; 1 (the default) trains on it. */
  weight?: 0 | 1;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  function_call?: { name: string; arguments: string };
}

export interface ChatExample {
  messages: ChatMessage[];
  tools?: unknown[];
  parallel_tool_calls?: boolean;
}
