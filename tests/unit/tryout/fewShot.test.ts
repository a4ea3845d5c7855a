import { describe, expect, it } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import { buildPrompt, commonSystemPrompt, questionAndAnswer } from '../../../shared/domain/tryout';

const ex = (q: string, a: string, system = 'Be Kettle.'): ChatExample => ({
  messages: [
    { role: 'system', content: system },
    { role: 'user', content: q },
    { role: 'assistant', content: a },
  ],
});
const toolOnly: ChatExample = {
  messages: [
    { role: 'user', content: 'weather?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: '1', type: 'function', function: { name: 'w', arguments: '{}' } }],
    },
  ],
};

describe('few-shot prompt builder', () => {
  it('puts the system prompt first, then N pairs in project order, then the question', () => {
    const turns = buildPrompt('Be Kettle.', [ex('q1', 'a1'), ex('q2', 'a2'), ex('q3', 'a3')], 2, [
      { role: 'user', content: 'real?' },
    ]);
    expect(turns).toEqual([
      { role: 'system', content: 'Be Kettle.' },
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'a1' },
      { role: 'user', content: 'q2' },
      { role: 'assistant', content: 'a2' },
      { role: 'user', content: 'real?' },
    ]);
  });

  it('skips examples without a plain question and answer, and never pads when there are too few', () => {
    const turns = buildPrompt('', [toolOnly, ex('q1', 'a1')], 5, [{ role: 'user', content: 'x' }]);
    expect(turns.map((t) => t.content)).toEqual(['q1', 'a1', 'x']);
  });

  it('with zero examples is the plain short prompt; a system turn in the conversation is not repeated', () => {
    const turns = buildPrompt('S', [ex('q1', 'a1')], 0, [
      { role: 'system', content: 'other' },
      { role: 'user', content: 'x' },
    ]);
    expect(turns).toEqual([
      { role: 'system', content: 'S' },
      { role: 'user', content: 'x' },
    ]);
  });

  it('reads the last question/answer pair of multi-turn examples, and the most common system prompt', () => {
    const multi: ChatExample = {
      messages: [
        { role: 'system', content: 'B' },
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'one' },
        { role: 'user', content: 'second' },
        { role: 'assistant', content: 'two' },
      ],
    };
    expect(questionAndAnswer(multi)).toEqual({ system: 'B', question: 'second', answer: 'two' });
    expect(commonSystemPrompt([multi, ex('a', 'b', 'A'), ex('c', 'd', 'A')])).toBe('A');
    expect(commonSystemPrompt([toolOnly])).toBe('');
  });
});
