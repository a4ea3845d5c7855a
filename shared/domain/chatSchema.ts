// The one schema of a training example as Tunesmith keeps it: what the importer may store, what the
// project file on disk must hold to load, what the editor, fixes and Try's corrections may send in a patch,
// and what a portable project file may carry. One schema on every path means nothing can be accepted on
// the way in and refused on the way back (which once emptied projects at the next start).
//
// Loose where the checks report a problem the user fixes in the editor (unknown roles, keys and weights
// survive as plain JSON); strict only where the app itself needs a shape (a role, text or null).
// Everything else the chat format allows is converted at import by `toStorableExample` (below).
import { z } from 'zod';
import type { ChatExample } from './chat';

/** Longest text one message may hold: the engine's longest readable line (a line holds a whole example). */
export const MAX_MESSAGE_TEXT = 8 * 1024 * 1024;
export const MAX_MESSAGES = 2000;
const MAX_TOOL_CALLS = 100;
const MAX_TOOLS = 200;
const SHORT = 1000;

const message = z
  .object({
    role: z.string().min(1).max(SHORT),
    // Always present as stored: a tool-calling turn without text is null, as OpenAI writes it.
    content: z.string().max(MAX_MESSAGE_TEXT).nullable(),
    name: z.string().max(SHORT).optional(),
    tool_calls: z.array(z.json()).max(MAX_TOOL_CALLS).optional(),
    tool_call_id: z.string().max(SHORT).optional(),
  })
  .catchall(z.json());

export const ChatExampleSchema = z
  .object({
    messages: z.array(message).max(MAX_MESSAGES),
    tools: z.array(z.json()).max(MAX_TOOLS).optional(),
    parallel_tool_calls: z.boolean().optional(),
  })
  .catchall(z.json()) as unknown as z.ZodType<ChatExample>;

/** Why an example was converted or could not be stored; `turn` is 1-based, 0 for the example itself. */
export type StorableNote =
  | { code: 'content_converted'; params: { turn: number; from: 'parts' | 'number' | 'boolean' } }
  | { code: 'example_not_kept'; params: { turn: number; field: string } };

export type StorableResult =
  { ok: true; example: ChatExample; notes: StorableNote[] } | { ok: false; note: StorableNote };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns one imported record into an example the store keeps, or says which field stops it. Text given as
 * a list of text parts becomes one text (OpenAI concatenates the parts), a number or true/false becomes
 * its text, a missing text becomes null; anything else the schema refuses is named by turn and field.
 */
export function toStorableExample(value: unknown): StorableResult {
  if (!isObject(value) || !Array.isArray(value.messages))
    return { ok: false, note: { code: 'example_not_kept', params: { turn: 0, field: 'messages' } } };
  if (value.messages.length > MAX_MESSAGES)
    return {
      ok: false,
      note: { code: 'example_not_kept', params: { turn: MAX_MESSAGES + 1, field: 'messages' } },
    };
  const notes: StorableNote[] = [];
  const messages: unknown[] = [];
  for (const [index, raw] of value.messages.entries()) {
    const turn = index + 1;
    if (!isObject(raw))
      return { ok: false, note: { code: 'example_not_kept', params: { turn, field: 'role' } } };
    const content = textOf(raw.content);
    if (content === undefined)
      return { ok: false, note: { code: 'example_not_kept', params: { turn, field: 'content' } } };
    if (content.from) notes.push({ code: 'content_converted', params: { turn, from: content.from } });
    messages.push({ ...raw, content: content.text });
  }
  const parsed = ChatExampleSchema.safeParse({ ...value, messages });
  if (parsed.success) return { ok: true, example: parsed.data, notes };
  const path = parsed.error.issues[0]?.path ?? [];
  const turn = path[0] === 'messages' && typeof path[1] === 'number' ? path[1] + 1 : 0;
  const field = String((turn > 0 ? path[2] : path[0]) ?? 'messages');
  return { ok: false, note: { code: 'example_not_kept', params: { turn, field } } };
}

type Text = { text: string | null; from?: 'parts' | 'number' | 'boolean' };

function textOf(content: unknown): Text | undefined {
  if (content === undefined || content === null) return { text: null };
  if (typeof content === 'string') return { text: content };
  if (typeof content === 'number' && Number.isFinite(content))
    return { text: String(content), from: 'number' };
  if (typeof content === 'boolean') return { text: String(content), from: 'boolean' };
  if (
    Array.isArray(content) &&
    content.every((p) => isObject(p) && p.type === 'text' && typeof p.text === 'string')
  )
    return { text: content.map((p) => (p as { text: string }).text).join(''), from: 'parts' };
  // Image, audio or file parts, objects: the app cannot show, check or train them as text.
  return undefined;
}
