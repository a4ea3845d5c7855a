// Pure project logic shared by main and the renderer: patches and their inverses (undo), the id-based
// split, and the engine's one-click fixes as patches.
import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError } from '../../../shared/domain/projects/patch';
import {
  assignSplit,
  countParts,
  SPLIT_PRESETS,
  SPLIT_PRESET_IDS,
} from '../../../shared/domain/projects/split';
import { fixPatch } from '../../../shared/domain/projects/fixes';
import { promptForAll, withSystemPrompts } from '../../../shared/domain/projects/systemPrompts';
import type { ProjectExample } from '../../../shared/domain/projects/types';

const ex = (id: string, user: string, assistant: string, system?: string): ProjectExample => ({
  id,
  provenance: 'imported',
  split: 'train',
  example: {
    messages: [
      ...(system ? [{ role: 'system' as const, content: system }] : []),
      { role: 'user' as const, content: user },
      { role: 'assistant' as const, content: assistant },
    ],
  },
});

describe('applyPatch', () => {
  const base = [ex('a', '1', '1'), ex('b', '2', '2'), ex('c', '3', '3'), ex('d', '4', '4')];

  it('removes, updates and inserts, and its inverse restores the original exactly', () => {
    const changed = { ...ex('c', 'three', '3') };
    const { examples, inverse } = applyPatch(base, {
      remove: ['a', 'd'],
      update: [changed],
      insert: [{ index: 0, example: ex('z', 'new', 'new') }],
    });
    expect(examples.map((e) => e.id)).toEqual(['z', 'b', 'c']);
    expect(examples[2]).toBe(changed);
    expect(applyPatch(examples, inverse).examples).toEqual(base);
  });

  it('with an id index, an update-only patch gives the same result, and a stale index falls back to the scan', () => {
    const changed = ex('b', 'two', '2');
    const index = new Map(base.map((e, i) => [e.id, i]));
    const fast = applyPatch(base, { update: [changed] }, (id) => index.get(id));
    expect(fast).toEqual(applyPatch(base, { update: [changed] }));
    const stale = applyPatch(base, { update: [changed] }, () => 0);
    expect(stale.examples.map((e) => e.example.messages[0]?.content)).toEqual(['1', 'two', '3', '4']);
  });

  it('refuses updates of unknown ids and duplicate inserts', () => {
    expect(() => applyPatch(base, { update: [ex('x', '', '')] })).toThrow(PatchError);
    expect(() => applyPatch(base, { insert: [{ index: 0, example: ex('a', '', '') }] })).toThrow(PatchError);
  });
});

describe('assignSplit', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `ex-${i}`);

  it.each(SPLIT_PRESET_IDS)('gives exact part sizes for %s', (preset) => {
    const [, v, t] = SPLIT_PRESETS[preset];
    const counts = countParts(assignSplit(ids, { preset, seed: 1 }).values());
    expect(counts).toEqual({ train: 1000 - v * 10 - t * 10, validation: v * 10, test: t * 10 });
  });

  it('is the same for the same seed, in any input order, and different for another seed', () => {
    const a = assignSplit(ids, { preset: '80-10-10', seed: 42 });
    const b = assignSplit([...ids].reverse(), { preset: '80-10-10', seed: 42 });
    const c = assignSplit(ids, { preset: '80-10-10', seed: 43 });
    expect([...a].sort()).toEqual([...b].sort());
    expect(ids.filter((id) => a.get(id) !== c.get(id)).length).toBeGreaterThan(50);
  });

  it('adding one example moves at most one other across a boundary', () => {
    const before = assignSplit(ids.slice(0, 999), { preset: '70-15-15', seed: 5 });
    const after = assignSplit(ids, { preset: '70-15-15', seed: 5 });
    const moved = ids.slice(0, 999).filter((id) => before.get(id) !== after.get(id));
    expect(moved.length).toBeLessThanOrEqual(2);
  });
});

describe('fixes', () => {
  it('masks personal data and secrets, leaving other text alone', () => {
    const items = [ex('a', 'Mail me at lee@example.com or 0912-345-678', 'ok'), ex('b', 'plain', 'text')];
    const patch = fixPatch('mask_personal_data', items);
    expect(patch.update).toHaveLength(1);
    const user = patch.update?.[0]?.example.messages[0]?.content;
    expect(user).not.toContain('lee@example.com');
    expect(user).not.toContain('0912-345-678');
    const secret = fixPatch('mask_secrets', [ex('s', 'key sk-proj-abcdefghijklmnopqrstuvwx', 'x')]);
    expect(secret.update?.[0]?.example.messages[0]?.content).toBe('key [secret]');
  });

  it('removes later exact duplicates and examples with an empty reply', () => {
    const items = [ex('a', 'q', 'r'), ex('b', 'q', 'r'), ex('c', 'q2', '  '), ex('d', 'q', 'r')];
    expect(fixPatch('remove_exact_duplicates', items).remove).toEqual(['b', 'd']);
    expect(fixPatch('drop_empty_examples', items).remove).toEqual(['c']);
    expect(
      fixPatch('remove_special_tokens', [ex('t', 'a<|endoftext|>b', 'r')]).update?.[0]?.example.messages[0]
        ?.content,
    ).toBe('ab');
    expect(fixPatch('trim_whitespace', [ex('w', ' q ', 'r')]).update?.[0]?.example.messages[0]?.content).toBe(
      'q',
    );
  });

  it('applies one system prompt to all: replaces existing ones and adds missing ones', () => {
    const items = [ex('a', 'q', 'r', 'old'), ex('b', 'q', 'r'), ex('c', 'q', 'r', 'Be kind')];
    const result = withSystemPrompts(items, promptForAll(items, 'Be kind'));
    expect(result?.changed).toBe(2);
    expect(result?.examples[2]).toBe(items[2]);
    expect(result?.examples.every((e) => e.example.messages[0]?.content === 'Be kind')).toBe(true);
  });
});
