// When are two examples "the same"? Used by the duplicate check, the remove-duplicates fix and the
// split (which keeps copies together so one can never land in training and the other in validation).

/**
 * cyrb53, a fast 53-bit string hash: a collision among a million examples is about a one-in-ten-billion
 * event, and hashing in JS avoids a native call (and a UTF-8 copy) per example. Incremental, so an
 * example can be hashed part by part without first building one long key string.
 */
export class Hash53 {
  private h1: number;
  private h2: number;

  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  update(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  digest(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

export function hash53(text: string, seed = 0): number {
  return new Hash53(seed).update(text).digest();
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

type Keyed = { messages: readonly KeyedMessage[]; tools?: unknown };

/** Feeds the identity of an example, piece by piece, to `add`; exampleKey and exampleHash share it. */
function keyParts(example: Keyed, add: (part: string) => void): void {
  for (const m of example.messages) {
    add(String(m.role));
    add('\u0000');
    add(typeof m.content === 'string' ? m.content : JSON.stringify(m.content ?? null));
    add('\u0001');
    if (m.tool_calls || m.tool_call_id || m.function_call || m.name || m.weight !== undefined) {
      add(JSON.stringify([m.tool_calls, m.tool_call_id, m.function_call, m.name, m.weight]));
    }
  }
  if (Array.isArray(example.tools)) add(JSON.stringify(example.tools));
}

/** Every message's role, content and tool data, and the example's tools; key order does not matter. */
export function exampleKey(example: Keyed): string {
  let key = '';
  keyParts(example, (part) => (key += part));
  return key;
}

/** hash53(exampleKey(example)), without building the key string. */
export function exampleHash(example: Keyed): number {
  const hash = new Hash53();
  keyParts(example, (part) => hash.update(part));
  return hash.digest();
}
