// The cookbook's seven format checks with its counting, plus the newer fields it predates.
import { describe, expect, it } from 'vitest';
import {
  checkExampleFormat,
  isLegacyPromptCompletion,
  legacyToChat,
} from '../../../shared/domain/dataset/formatChecks';

const codes = (value: unknown) => checkExampleFormat(value).findings.map((f) => f.code);
const sys = { role: 'system', content: 'Be brief.' };
const user = { role: 'user', content: 'Hi?' };
const bot = { role: 'assistant', content: 'Hello.' };

describe('cookbook format checks', () => {
  it('accepts a plain chat example', () => {
    const result = checkExampleFormat({ messages: [sys, user, bot] });
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ hasSystem: true, hasUser: true });
  });

  it('stops at data_type and missing_messages_list, as the cookbook does', () => {
    expect(codes([sys])).toEqual(['data_type']);
    expect(codes('text')).toEqual(['data_type']);
    expect(codes({ messages: [] })).toEqual(['missing_messages_list']);
    expect(codes({ prompt: 'x' })).toEqual(['missing_messages_list']);
  });

  it('counts each message on its own: a role-less message is missing a key and has no role', () => {
    expect(codes({ messages: [{ content: 'x' }, bot] })).toEqual([
      'message_missing_key',
      'unrecognized_role',
    ]);
    expect(codes({ messages: [{ role: 'user' }, { role: 'user' }, bot] })).toEqual([
      'message_missing_key',
      'missing_content',
      'message_missing_key',
      'missing_content',
    ]);
  });

  it('treats an empty string as missing content (cookbook: `not content`)', () => {
    expect(codes({ messages: [user, { role: 'assistant', content: '' }] })).toEqual(['missing_content']);
    expect(codes({ messages: [user, { role: 'assistant', content: ['part'] }] })).toEqual([
      'missing_content',
    ]);
  });

  it('flags unknown keys once per message and unknown roles per message', () => {
    expect(codes({ messages: [{ ...user, a: 1, b: 2 }, bot] })).toEqual(['message_unrecognized_key']);
    expect(
      codes({
        messages: [
          { role: 'human', content: 'x' },
          { role: 'bot', content: 'y' },
        ],
      }),
    ).toEqual(['unrecognized_role', 'unrecognized_role', 'example_missing_assistant_message']);
  });

  it('accepts tool calls, tool messages, weight 0/1 on assistant turns and tools on the example', () => {
    const call = { id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } };
    const example = {
      messages: [
        user,
        { role: 'assistant', content: null, tool_calls: [call] },
        { role: 'tool', tool_call_id: 'c1', content: '42' },
        { role: 'assistant', content: 'It is 42.', weight: 0 },
        { role: 'assistant', content: 'Forty-two.', weight: 1 },
      ],
      tools: [{ type: 'function', function: { name: 'f' } }],
    };
    expect(codes(example)).toEqual([]);
  });

  it('rejects weight elsewhere or with other values, and a tool message without its call id', () => {
    expect(codes({ messages: [{ ...user, weight: 1 }, bot] })).toEqual(['invalid_weight']);
    expect(codes({ messages: [user, { ...bot, weight: 0.5 }] })).toEqual(['invalid_weight']);
    expect(codes({ messages: [user, { ...bot, weight: '1' }] })).toEqual(['invalid_weight']);
    expect(codes({ messages: [user, bot, { role: 'tool', content: 'x' }] })).toEqual(['message_missing_key']);
  });

  it('still flags a function_call message whose content is not text or null', () => {
    const fc = { name: 'f', arguments: '{}' };
    expect(codes({ messages: [user, { role: 'assistant', content: null, function_call: fc }] })).toEqual([]);
    expect(codes({ messages: [user, { role: 'assistant', content: 3, function_call: fc }] })).toEqual([
      'missing_content',
    ]);
  });
});

describe('legacy prompt/completion', () => {
  it('is recognised and converted to a user and an assistant turn', () => {
    const legacy = { prompt: 'Capital of France? ', completion: ' Paris' };
    expect(isLegacyPromptCompletion(legacy)).toBe(true);
    expect(isLegacyPromptCompletion({ messages: [], prompt: 'x', completion: 'y' })).toBe(false);
    expect(legacyToChat(legacy)).toEqual({
      messages: [
        { role: 'user', content: 'Capital of France?' },
        { role: 'assistant', content: 'Paris' },
      ],
    });
  });
});
