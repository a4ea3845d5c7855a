// Per-provider conversion of the canonical (OpenAI) chat line, with every change reported.
import { describe, expect, it } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import { convertExamples, toJsonl } from '../../../shared/domain/providers/convert';

const example = (messages: ChatExample['messages']): ChatExample => ({ messages });

const named: ChatExample = example([
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'Hi', name: 'ana' },
  { role: 'assistant', content: 'Draft', weight: 0 },
  { role: 'user', content: 'Again' },
  { role: 'assistant', content: 'Hello!', weight: 1 },
]);

describe('OpenAI and practice', () => {
  it('pass the canonical line through untouched', () => {
    for (const provider of ['openai', 'practice'] as const) {
      const out = convertExamples(provider, [named]);
      expect(out.examples).toEqual([named]);
      expect(out.issues).toEqual([]);
    }
  });
});

describe('Alibaba Model Studio', () => {
  it('strips name and weight, and warns that a weight-0 turn will now be trained on', () => {
    const out = convertExamples('alibaba', [named]);
    expect(out.examples).toEqual([
      {
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Draft' },
          { role: 'user', content: 'Again' },
          { role: 'assistant', content: 'Hello!' },
        ],
      },
    ]);
    expect(out.issues.map((i) => i.code).sort()).toEqual(['name_removed', 'weight_zero_trained']);
    expect(out.issues.every((i) => i.severity === 'warning' && i.example === 0)).toBe(true);
  });

  it('does not warn when every weight is 1', () => {
    const out = convertExamples('alibaba', [
      example([
        { role: 'user', content: 'a' },
        { role: 'assistant', content: 'b', weight: 1 },
      ]),
    ]);
    expect(out.issues).toEqual([]);
  });

  it('leaves out tool turns it cannot train on, and says which example', () => {
    const out = convertExamples('alibaba', [
      example([
        { role: 'user', content: 'a' },
        { role: 'assistant', content: 'b' },
      ]),
      example([
        { role: 'user', content: 'a' },
        { role: 'tool', content: '{}', tool_call_id: 'x' },
      ]),
    ]);
    expect(out.examples).toHaveLength(1);
    expect(out.issues).toEqual([{ code: 'unsupported_role', example: 1, severity: 'error' }]);
  });
});

describe('Together AI', () => {
  it('merges consecutive turns of one role so the conversation alternates', () => {
    const out = convertExamples('together', [
      example([
        { role: 'system', content: 'Be brief.' },
        { role: 'developer', content: 'Use English.' },
        { role: 'user', content: 'Hi' },
        { role: 'user', content: 'Are you there?' },
        { role: 'assistant', content: 'Yes.' },
      ]),
    ]);
    expect(out.examples).toEqual([
      {
        messages: [
          { role: 'system', content: 'Be brief.\n\nUse English.' },
          { role: 'user', content: 'Hi\n\nAre you there?' },
          { role: 'assistant', content: 'Yes.' },
        ],
      },
    ]);
    expect(out.issues.map((i) => i.code).sort()).toEqual(['developer_as_system', 'turns_merged']);
  });

  it('keeps weights 1:1, and trains a merged assistant turn if any part was trained', () => {
    const out = convertExamples('together', [
      example([
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Draft', weight: 0 },
        { role: 'assistant', content: 'Final', weight: 1 },
        { role: 'user', content: 'Ok' },
        { role: 'assistant', content: 'Skip me', weight: 0 },
      ]),
    ]);
    expect(out.examples).toEqual([
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Draft\n\nFinal' },
          { role: 'user', content: 'Ok' },
          { role: 'assistant', content: 'Skip me', weight: 0 },
        ],
      },
    ]);
    expect(out.issues.map((i) => i.code)).toContain('weights_merged');
  });

  it('refuses conversations that do not start with system or user, or put system later', () => {
    const out = convertExamples('together', [
      example([
        { role: 'assistant', content: 'Hello' },
        { role: 'user', content: 'Hi' },
      ]),
      example([
        { role: 'user', content: 'Hi' },
        { role: 'system', content: 'late' },
        { role: 'assistant', content: 'x' },
      ]),
      example([{ role: 'system', content: 'only a system turn' }]),
      example([
        { role: 'user', content: 'fine' },
        { role: 'assistant', content: 'ok' },
      ]),
    ]);
    expect(out.examples).toHaveLength(1);
    expect(out.issues.filter((i) => i.severity === 'error').map((i) => i.example)).toEqual([0, 1, 2]);
  });

  it('writes JSONL one example per line', () => {
    expect(toJsonl([{ a: 1 }, { b: 2 }])).toBe('{"a":1}\n{"b":2}\n');
    expect(toJsonl([])).toBe('');
  });
});
