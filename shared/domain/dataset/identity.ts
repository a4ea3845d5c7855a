// When are two examples "the same"? Used by the duplicate check, the remove-duplicates fix and the
// split (which keeps copies together so one can never land in training and the other in validation).

/**
 * cyrb53, a fast 53-bit string hash: a collision among a million examples is about a one-in-ten-billion
 * event, and hashing in JS avoids a native call (and a UTF-8 copy) per example.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

interface KeyedMessage {
  role: unknown;
  content?: unknown;
  tool_calls?: unknown;
  tool_call_id?: unknown;
  function_call?: unknown;
  name?: unknown;
  weight?: unknown;
}

/** Every message's role, content and tool data, and the example's tools; key order does not matter. */
export function exampleKey(example: { messages: readonly KeyedMessage[]; tools?: unknown }): string {
  let key = '';
  for (const m of example.messages) {
    const content = typeof m.content === 'string' ? m.content : JSON.stringify(m.content ?? null);
    key += `${String(m.role)}\u0000${content}\u0001`;
    if (m.tool_calls || m.tool_call_id || m.function_call || m.name || m.weight !== undefined) {
      key += JSON.stringify([m.tool_calls, m.tool_call_id, m.function_call, m.name, m.weight]);
    }
  }
  return Array.isArray(example.tools) ? key + JSON.stringify(example.tools) : key;
}

export function exampleHash(example: { messages: readonly KeyedMessage[]; tools?: unknown }): number {
  return hash53(exampleKey(example));
}
