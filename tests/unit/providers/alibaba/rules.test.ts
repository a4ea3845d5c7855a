// What the Alibaba folder decides for the rest of the app: its key shape, its verdict, its catalog on the
// Start form (each Qwen model once, no wind-down date) and its registry entry.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIBABA_RULES } from '../../../../electron/main/services/providers/alibaba/rules';
import { PriceBook } from '../../../../electron/main/services/providers/PriceBook';
import { PROVIDER_REGISTRY } from '../../../../electron/main/services/providers/registry';
import { modelOptions } from '../../../../electron/main/services/training/RunPlanner';

describe('Alibaba rules', () => {
  it('recognise DashScope and practice keys, and nothing else', () => {
    expect(ALIBABA_RULES.key?.pattern.test(`sk-${'a1'.repeat(16)}`)).toBe(true);
    expect(ALIBABA_RULES.key?.pattern.test('sk-practice-singapore')).toBe(true);
    expect(ALIBABA_RULES.key?.pattern.test('hello')).toBe(false);
  });

  it('say a key that lists fine-tunes can train, and one refused cannot', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    expect(ALIBABA_RULES.availability(now, { jobs: 'forbidden', models: [] }).verdict).toBe('no');
    expect(ALIBABA_RULES.availability(now, { jobs: [], models: [] })).toEqual({
      verdict: 'yes',
      reason: 'key_accepted',
      lastJobAt: null,
    });
  });

  it('offer each Qwen base model once on the Start form, with no wind-down date', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'alibaba-rules-'));
    try {
      const prices = await PriceBook.open(dir);
      const answer = modelOptions(
        prices,
        'alibaba',
        new Date('2026-12-05T00:00:00Z'),
        ALIBABA_RULES.windDown,
      );
      const ids = answer.models.map((m) => m.model);
      expect(ids).toContain('qwen3-14b');
      expect(new Set(ids).size).toBe(ids.length);
      expect(answer.noNewJobsFrom).toBeNull();
      expect(ALIBABA_RULES.tokenizer).toBe('qwen');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are what the registry builds Alibaba from; Nebius and Together are built by their own folders', () => {
    expect(PROVIDER_REGISTRY.alibaba?.rules).toBe(ALIBABA_RULES);
    expect(PROVIDER_REGISTRY.nebius?.rules.id).toBe('nebius');
    expect(PROVIDER_REGISTRY.together?.rules.id).toBe('together');
  });
});
