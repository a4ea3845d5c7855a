// Untrusted JSON: precise syntax errors, and keys like __proto__ stay data instead of reaching
// Object.prototype through any later copy.
import { afterEach, describe, expect, it } from 'vitest';
import { locateJsonError, parseJsonSafe } from '../../../shared/domain/dataset/safeJson';
import { FIXES } from '../../../shared/domain/dataset/fixes';
import { checkExampleFormat } from '../../../shared/domain/dataset/formatChecks';
import type { ChatExample } from '../../../shared/domain/chat';

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('locateJsonError', () => {
  it.each([
    ['{"a":1,}', 'trailing_comma', 8],
    ['[1,2,]', 'trailing_comma', 6],
    ["{'a':1}", 'single_quotes', 2],
    ['{a:1}', 'unquoted_key', 2],
    ['{"a":1', 'truncated', 7],
    ['{"a":"unterminated', 'truncated', 19],
    ['{"a":tru', 'truncated', 6],
    ['{"a":yes}', 'invalid_literal', 6],
    ['{"a":1}}', 'extra_content', 8],
    ['{"a":"x\ty"}', 'control_character', 8],
    ['{"a":"\\x"}', 'invalid_escape', 7],
    ['{"a":01}', 'unexpected_character', 7],
    ['01', 'extra_content', 2],
    ['{"a":-}', 'invalid_number', 6],
    ['   ', 'empty', 1],
    ['{"a" 1}', 'unexpected_character', 6],
  ])('%s → %s at column %i', (text, kind, column) => {
    expect(locateJsonError(text)).toEqual({ kind, column });
  });

  it('returns null for valid JSON and survives hostile nesting', () => {
    expect(locateJsonError('{"a":[1,2,{"b":null}],"c":"\\u00e9"}')).toBeNull();
    expect(locateJsonError('['.repeat(100_000))).toEqual({ kind: 'too_deep', column: 2001 });
  });
});

describe('parseJsonSafe', () => {
  const hostile = [
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"\\u005f_proto__":{"polluted":"yes"}}',
    '{"messages":[{"role":"user","content":"x","__proto__":{"polluted":"yes"}}]}',
  ];

  // Object.assign is left out on purpose: it *sets* keys, so a `__proto__` key changes the target's own
  // prototype whatever the parser did; the dataset code copies with spread or structuredClone only.
  it.each(hostile)('keeps %s as plain data through copies', (text) => {
    const value = parseJsonSafe(text) as Record<string, unknown>;
    const spread = { ...value };
    const copy = structuredClone(value);
    for (const v of [value, spread, copy]) expect((v as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(value).some((k) => ['__proto__', 'constructor', 'messages'].includes(k))).toBe(true);
  });

  it('shows the key to the checks, which report it', () => {
    const value = parseJsonSafe(
      '{"messages":[{"role":"user","content":"x","__proto__":{"a":1}},{"role":"assistant","content":"y"}]}',
    );
    expect(checkExampleFormat(value).findings).toEqual([
      { code: 'message_unrecognized_key', params: { turn: 1, key: '__proto__' } },
    ]);
  });

  it('lets fixes rewrite hostile examples without pollution', () => {
    const value = parseJsonSafe(
      '{"__proto__":{"polluted":"yes"},"messages":[{"role":"user","content":"mail a@b.co","__proto__":{"polluted":"yes"}},{"role":"assistant","content":"ok"}]}',
    ) as ChatExample;
    for (const fix of Object.values(FIXES)) fix([value], 'System');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('parses ordinary JSON exactly like JSON.parse', () => {
    const text = '{"messages":[{"role":"user","content":"你好 \\u00e9"}],"n":[1,2.5,null,true]}';
    expect(parseJsonSafe(text)).toEqual(JSON.parse(text));
  });
});
