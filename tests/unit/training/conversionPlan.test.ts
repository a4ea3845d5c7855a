// The start screen says what the provider's format changes before anything is sent: for Alibaba, speaker
// names are left out, replies marked "do not train" are trained anyway, and tool examples are refused (the
// start is blocked, and they are no longer called "supported"). OpenAI's own format changes nothing.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PriceBook } from '../../../electron/main/services/providers';
import { planRun } from '../../../electron/main/services/training/RunPlanner';
import { memoryDataSource } from '../../../electron/main/services/training/TrainingDataSource';
import type { ChatExample } from '../../../shared/domain/chat';
import type { RunSettings } from '../../../shared/domain/training/plan';

const plain = (i: number): ChatExample => ({
  messages: [
    { role: 'user', content: `Question ${i}?` },
    { role: 'assistant', content: `Answer ${i}.` },
  ],
});
const named: ChatExample = {
  messages: [
    { role: 'user', content: 'Hi?', name: 'customer' },
    { role: 'assistant', content: 'Hello.' },
  ],
};
const weightZero: ChatExample = {
  messages: [
    { role: 'user', content: 'Hi?' },
    { role: 'assistant', content: 'Old answer.', weight: 0 },
    { role: 'user', content: 'And?' },
    { role: 'assistant', content: 'New answer.', weight: 1 },
  ],
};
const withTool: ChatExample = {
  messages: [
    { role: 'user', content: 'Weather?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'c1', type: 'function', function: { name: 'weather', arguments: '{}' } }],
    },
    { role: 'tool', content: 'sunny', tool_call_id: 'c1' },
    { role: 'assistant', content: 'Sunny.' },
  ],
};

async function plan(provider: 'alibaba' | 'practice', train: ChatExample[], validation: ChatExample[] = []) {
  const deps = {
    prices: await PriceBook.open(await mkdtemp(path.join(os.tmpdir(), 'tunesmith-conversion-'))),
    source: memoryDataSource([{ id: 's', name: 'S', train, validation }]),
    now: () => new Date('2026-12-05T09:00:00Z'),
    budget: () => null,
  };
  const settings: RunSettings = {
    sourceId: 's',
    model: provider === 'alibaba' ? 'qwen3-14b' : 'gpt-4.1-mini-2025-04-14',
    suffix: 'x',
    epochs: 'auto',
    batchSize: 'auto',
    learningRateMultiplier: 'auto',
    seed: null,
  };
  return planRun(deps, provider, settings);
}

describe('the conversion to the provider format, on the start screen', () => {
  it('lists what Alibaba drops or trains anyway, with how many examples each touches', async () => {
    const train = [...Array.from({ length: 12 }, (_, i) => plain(i)), named, named, weightZero];
    const result = await plan('alibaba', train, [named]);
    expect(result.conversion).toEqual([
      { code: 'name_removed', severity: 'warning', examples: 3 },
      { code: 'weight_zero_trained', severity: 'warning', examples: 1 },
    ]);
    expect(result.blockedBy).not.toContain('conversion_errors');
  });

  it('refuses tool examples for Alibaba: the start is blocked and they are not called supported', async () => {
    const train = [...Array.from({ length: 12 }, (_, i) => plain(i)), withTool];
    const alibaba = await plan('alibaba', train);
    expect(alibaba.conversion).toEqual([{ code: 'unsupported_role', severity: 'error', examples: 1 }]);
    expect(alibaba.blockedBy).toContain('conversion_errors');
    expect(alibaba.check.toolExamples).toBe(0);
    // OpenAI's format carries all of it as it is.
    const openai = await plan('practice', [...train, named, weightZero]);
    expect(openai.conversion).toEqual([]);
    expect(openai.check.toolExamples).toBe(1);
    expect(openai.blockedBy).not.toContain('conversion_errors');
  });
});
