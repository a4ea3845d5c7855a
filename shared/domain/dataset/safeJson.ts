// JSON parsing for untrusted files. JSON.parse already stores a `__proto__` key as an own data property;
// the danger starts when such an object is later merged or assigned key by key. Objects carrying one of
// the dangerous keys are therefore rebuilt with a null prototype, so the key stays visible data (checks
// report it as an unrecognized key) and no later copy can reach Object.prototype through it.
//
// When JSON.parse fails, V8's message text varies between Node and Electron versions and often lacks a
// position, so locateJsonError() re-scans the text with a tiny grammar walker to give a stable kind and
// a 1-based column.

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function hardenObject(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (!keys.some((k) => DANGEROUS_KEYS.has(k))) return value;
  const safe = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    Object.defineProperty(safe, key, {
      value: (value as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return safe;
}

const SPELLED_DANGEROUS = /__proto__|constructor|prototype/;

function hasDangerousKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasDangerousKey);
  for (const key of Object.keys(value)) {
    if (DANGEROUS_KEYS.has(key) || hasDangerousKey((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** JSON.parse whose result can be merged or copied without prototype pollution. Throws like JSON.parse. */
export function parseJsonSafe(text: string): unknown {
  // A reviver makes JSON.parse several times slower, so it only runs when a dangerous key is present:
  // spelled out, or hidden behind \u escapes (which only a walk of the parsed keys can reveal).
  const spelled = SPELLED_DANGEROUS.test(text);
  if (!spelled) {
    const value: unknown = JSON.parse(text);
    if (!text.includes('\\u') || !hasDangerousKey(value)) return value;
  }
  return JSON.parse(text, (_key, value: unknown) => hardenObject(value));
}

export type JsonErrorKind =
  | 'trailing_comma'
  | 'single_quotes'
  | 'unquoted_key'
  | 'truncated'
  | 'unexpected_character'
  | 'extra_content'
  | 'control_character'
  | 'invalid_escape'
  | 'invalid_literal'
  | 'invalid_number'
  | 'too_deep'
  | 'empty';

export interface JsonErrorLocation {
  kind: JsonErrorKind;
  /** 1-based column (UTF-16 code units, which is what editors count for BMP text). */
  column: number;
}

const MAX_DEPTH = 2000;

class JsonScanError extends Error {
  constructor(
    readonly kind: JsonErrorKind,
    readonly index: number,
  ) {
    super(kind);
  }
}

/** Walks the text as JSON and returns the first error, or null when the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0;
  let depth = 0;
  const fail = (kind: JsonErrorKind, at = i): never => {
    throw new JsonScanError(kind, at);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const end = () => i >= text.length;
  const str = () => {
    i++; // opening quote
    for (;;) {
      if (end()) fail('truncated');
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail('control_character');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) fail('truncated', i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid_escape');
          i += 6;
        } else if ('"\\/bfnrt'.includes(e as string)) i += 2;
        else fail('invalid_escape');
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    if (end()) fail('truncated');
    const c = text[i] as string;
    if (c === '{') return obj();
    if (c === '[') return arr();
    if (c === '"') return str();
    if (c === "'") fail('single_quotes');
    if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m || m[0] === '-') fail('invalid_number');
      i += (m as RegExpExecArray)[0].length;
      return;
    }
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) return void (i += lit.length);
    }
    if (/[a-zA-Z]/.test(c)) {
      const word = /^[a-zA-Z]+/.exec(text.slice(i, i + 10))?.[0] ?? '';
      const cutShort =
        i + word.length >= text.length && ['true', 'false', 'null'].some((l) => l.startsWith(word));
      fail(cutShort ? 'truncated' : 'invalid_literal');
    }
    fail('unexpected_character');
  };
  const enter = () => {
    // Recursion is bounded so a hostile "[[[[…" line reports an error instead of overflowing the stack.
    if (++depth > MAX_DEPTH) fail('too_deep');
    i++;
  };
  const obj = () => {
    enter();
    ws();
    if (text[i] === '}') return void (i++, depth--);
    for (;;) {
      ws();
      if (end()) fail('truncated');
      if (text[i] === "'") fail('single_quotes');
      if (text[i] === '}') fail('trailing_comma');
      if (text[i] !== '"')
        fail(/[A-Za-z_$]/.test(text[i] as string) ? 'unquoted_key' : 'unexpected_character');
      str();
      ws();
      if (end()) fail('truncated');
      if (text[i] !== ':') fail('unexpected_character');
      i++;
      value();
      ws();
      if (end()) fail('truncated');
      if (text[i] === '}') return void (i++, depth--);
      if (text[i] !== ',') fail('unexpected_character');
      i++;
    }
  };
  const arr = () => {
    enter();
    ws();
    if (text[i] === ']') return void (i++, depth--);
    for (;;) {
      ws();
      if (text[i] === ']') fail('trailing_comma');
      value();
      ws();
      if (end()) fail('truncated');
      if (text[i] === ']') return void (i++, depth--);
      if (text[i] !== ',') fail('unexpected_character');
      i++;
    }
  };
  try {
    ws();
    if (end()) return { kind: 'empty', column: 1 };
    value();
    ws();
    if (!end()) fail('extra_content');
    return null;
  } catch (error) {
    if (error instanceof JsonScanError) return { kind: error.kind, column: error.index + 1 };
    throw error;
  }
}
