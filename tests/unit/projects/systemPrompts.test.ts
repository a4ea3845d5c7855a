// "Apply one system prompt to all" as prompts instead of examples: applying gives exactly the engine's
// fix, undoing gives back exactly what was there (odd system messages included), and the state that
// travels over IPC stays small however many examples there are.
import { describe, expect, it } from 'vitest';
import { applySystemPrompt } from '../../../shared/domain/dataset/fixes';
import {
  NONE,
  promptForAll,
  systemPromptsOf,
  WHOLE,
  withSystemPrompts,
} from '../../../shared/domain/projects/systemPrompts';
import type { ChatMessage } from '../../../shared/domain/chat';
import type { ProjectExample } from '../../../shared/domain/projects/types';

const item = (n: number, messages: ChatMessage[]): ProjectExample => ({
  id: `ex-${n.toString(16).padStart(16, '0')}`,
  example: { messages },
  provenance: 'imported',
  split: 'train',
});
const qa: ChatMessage[] = [
  { role: 'user', content: 'q' },
  { role: 'assistant', content: 'a' },
];
const items = [
  item(1, qa),
  item(2, [{ role: 'system', content: 'Be brief.' }, ...qa]),
  item(3, [{ role: 'system', content: 'Be brief.' }, ...qa]),
  item(4, [{ role: 'system', content: 'You are Kettle.' }, ...qa]),
  // Not plain: a system message after the first turn, a named one, and two of them.
  item(5, [...qa, { role: 'system', content: 'late' }]),
  item(6, [{ role: 'system', content: 'named', name: 'policy' }, ...qa]),
  item(7, [{ role: 'system', content: 'one' }, { role: 'system', content: 'two' }, ...qa]),
];

describe('system prompts as a compact state', () => {
  it('describes plain examples by number and keeps the others whole', () => {
    const state = systemPromptsOf(items);
    expect(state.prompts).toEqual(['Be brief.', 'You are Kettle.']);
    expect(state.which).toEqual([NONE, 0, 0, 1, WHOLE, WHOLE, WHOLE]);
    expect(state.whole.map((e) => e.id)).toEqual([items[4]?.id, items[5]?.id, items[6]?.id]);
  });

  it('applies one prompt to all exactly as the engine fix does, and undoes it exactly', () => {
    const back = systemPromptsOf(items);
    const forward = promptForAll(items, 'You are Little Kettle.');
    const applied = withSystemPrompts(items, forward);
    const engine = applySystemPrompt(
      items.map((e) => e.example),
      'You are Little Kettle.',
      'replace',
    );
    expect(applied?.examples.map((e) => e.example)).toEqual(engine.examples);
    expect(applied?.changed).toBe(engine.changed.length);
    expect(forward.which.every((w) => w === 0)).toBe(true); // after the fix every example is plain
    const undone = withSystemPrompts(applied?.examples ?? [], back);
    expect(undone?.examples).toEqual(items);
  });

  it('keeps unchanged examples as the same objects, so the list re-renders only what changed', () => {
    const result = withSystemPrompts(items, promptForAll(items, 'Be brief.'));
    expect(result?.examples[1]).toBe(items[1]);
    expect(result?.examples[0]).not.toBe(items[0]);
  });

  it('refuses a state that does not fit the examples (another count, a bad index, a missing id)', () => {
    const state = systemPromptsOf(items);
    expect(withSystemPrompts(items.slice(1), state)).toBeNull();
    expect(withSystemPrompts(items, { ...state, which: state.which.map(() => 9) })).toBeNull();
    expect(withSystemPrompts(items, { ...state, whole: [] })).toBeNull();
  });

  it('sends 100,000 examples as one prompt and a number each', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => item(i, qa));
    const forward = promptForAll(many, 'You are Little Kettle.');
    expect(forward.prompts).toEqual(['You are Little Kettle.']);
    expect(forward.whole).toHaveLength(0);
    expect(JSON.stringify(forward).length).toBeLessThan(250_000);
  });
});
