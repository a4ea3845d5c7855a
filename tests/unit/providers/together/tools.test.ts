// Tool (function-calling) examples on Together: kept in Together's documented format for a base that
// supports tools (docs.together.ai fine-tuning/function-calling: `tools` on the line, assistant
// `tool_calls` in place of content, results as `tool` messages), refused with the bases that can for one
// that does not; the practice service validates that format and trains on it.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PriceBook } from '../../../../electron/main/services/providers';
import { planRun } from '../../../../electron/main/services/training/RunPlanner';
import { memoryDataSource } from '../../../../electron/main/services/training/TrainingDataSource';
import type { ChatExample } from '../../../../shared/domain/chat';
import { convertExamples, toJsonl } from '../../../../shared/domain/providers/convert';
import {
  BASE,
  REFERENCE_BASE,
  startTogetherHarness,
  type TogetherHarness,
} from '../../practice/together/harness';
import { DEFAULT_TOGETHER_CATALOG } from '../../../../electron/main/services/practice/together/settings';
import { adapterFor } from './helpers';

// Every base in the catalog trains on tools (Together's function-calling page, read 2026-12-05, lists
// Qwen3, Llama 3.1 and Llama 3.3). DeepSeek-R1 trains on Together but is not on that list, and the
// catalog does not know it: tool examples are refused for it.
const NO_TOOLS_BASE = 'deepseek-ai/DeepSeek-R1-0528';
const CATALOG_BASES = [
  'Qwen/Qwen3-8B',
  'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
  'meta-llama/Llama-3.3-70B-Instruct',
];

let h: TogetherHarness;
afterEach(async () => h?.close());

const WEATHER_TOOL = {
  type: 'function',
  function: { name: 'weather', description: 'Weather in a city', parameters: { type: 'object' } },
};

const withTool: ChatExample = {
  messages: [
    { role: 'system', content: 'You help with the weather.' },
    { role: 'user', content: 'Weather in Taipei?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        { id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Taipei"}' } },
      ],
    },
    { role: 'tool', content: '{"sky":"sunny"}', tool_call_id: 'c1', name: 'weather' },
    { role: 'assistant', content: 'Sunny in Taipei.' },
  ],
  tools: [WEATHER_TOOL],
};

const plain = (i: number): ChatExample => ({
  messages: [
    { role: 'user', content: `Question ${i}?` },
    { role: 'assistant', content: `Answer ${i}.` },
  ],
});

describe('Together tool examples', () => {
  it('are written in Together’s function-calling format for a base that supports tools', () => {
    const out = convertExamples('together', [withTool], { baseModel: BASE });
    expect(out.examples).toEqual([
      {
        messages: [
          { role: 'system', content: 'You help with the weather.' },
          { role: 'user', content: 'Weather in Taipei?' },
          {
            role: 'assistant',
            tool_calls: [
              { id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Taipei"}' } },
            ],
          },
          { role: 'tool', tool_call_id: 'c1', content: '{"sky":"sunny"}' },
          { role: 'assistant', content: 'Sunny in Taipei.' },
        ],
        tools: [WEATHER_TOOL],
      },
    ]);
    // Only the tool result's `name` is dropped (Together's tool message has no place for it).
    expect(out.issues).toEqual([{ code: 'name_removed', example: 0, severity: 'warning' }]);
  });

  it('are kept for every catalog base, Llama 3.1 included', () => {
    for (const baseModel of CATALOG_BASES)
      expect(convertExamples('together', [withTool], { baseModel }).issues).toEqual([
        { code: 'name_removed', example: 0, severity: 'warning' },
      ]);
  });

  it('are refused for a base without tools (and when no base is known), not for the plain examples', () => {
    for (const context of [{ baseModel: NO_TOOLS_BASE }, {}]) {
      const out = convertExamples('together', [plain(1), withTool], context);
      expect(out.examples).toHaveLength(1);
      expect(out.issues).toEqual([{ code: 'tools_need_other_base', example: 1, severity: 'error' }]);
    }
  });

  it('refuses a tool result that answers no call of the assistant turn just before it', () => {
    const stray: ChatExample = {
      messages: [
        withTool.messages[1]!,
        withTool.messages[2]!,
        { role: 'tool', content: 'x', tool_call_id: 'c9' },
        { role: 'assistant', content: 'ok' },
      ],
    };
    const out = convertExamples('together', [stray], { baseModel: BASE });
    expect(out.examples).toEqual([]);
    expect(out.issues).toEqual([{ code: 'tool_turns_out_of_order', example: 0, severity: 'error' }]);
  });

  it('the start screen names the bases that can train on tools when the chosen one cannot', async () => {
    const deps = {
      prices: await PriceBook.open(await mkdtemp(path.join(os.tmpdir(), 'tunesmith-tools-'))),
      source: memoryDataSource([
        {
          id: 's',
          name: 'S',
          train: [...Array.from({ length: 12 }, (_, i) => plain(i)), withTool],
          validation: [],
        },
      ]),
      now: () => new Date('2026-12-05T09:00:00Z'),
      budget: () => null,
    };
    const settings = {
      sourceId: 's',
      suffix: 'x',
      epochs: 'auto' as const,
      batchSize: 'auto' as const,
      learningRateMultiplier: 'auto' as const,
      seed: null,
    };
    const refused = await planRun(deps, 'together', { ...settings, model: NO_TOOLS_BASE });
    expect(refused.conversion).toEqual([
      { code: 'tools_need_other_base', severity: 'error', examples: 1, bases: CATALOG_BASES },
    ]);
    expect(refused.blockedBy).toContain('conversion_errors');
    const kept = await planRun(deps, 'together', { ...settings, model: BASE });
    expect(kept.conversion.filter((n) => n.severity === 'error')).toEqual([]);
    expect(kept.check.toolExamples).toBe(1);
  });

  it('the practice service validates the converted file, reports tools and trains it on a tool base', async () => {
    // The practice service set up with a base whose limits say no tools, as models/limits can answer.
    const catalog = DEFAULT_TOGETHER_CATALOG.map((b) =>
      b.name === REFERENCE_BASE ? { ...b, supportsTools: false } : b,
    );
    h = await startTogetherHarness({ settings: { catalog } });
    const adapter = adapterFor(h);
    const converted = adapter.convert([plain(1), plain(2), withTool], BASE);
    const file = await adapter.uploadTrainingFile(
      'tools.jsonl',
      new TextEncoder().encode(toJsonl(converted.examples)),
    );
    h.clock.advance(60_000);
    const raw = await h.call<{ processing_status: string; validation_report: Record<string, unknown> }>(
      'GET',
      `/v1/files/${file.id}`,
    );
    expect(raw.body.processing_status).toBe('COMPLETED');
    expect(raw.body.validation_report).toMatchObject({ valid: true, dataset_has_tools: true });
    const job = await adapter.createJob({ clientRef: 'run_tools', baseModel: BASE, trainingFileId: file.id });
    expect(job.status.status).toBe('queued');
    // Together refuses the same file for a base whose limits say it has no tools.
    await expect(
      adapter.createJob({ clientRef: 'run_tools_ref', baseModel: REFERENCE_BASE, trainingFileId: file.id }),
    ).rejects.toMatchObject({ ipcError: { code: 'file_invalid' } });
  });

  it('the practice service refuses a tool result that answers no call', async () => {
    h = await startTogetherHarness();
    const bad = {
      messages: [
        { role: 'user', content: 'Weather?' },
        {
          role: 'assistant',
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'w', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'c2', content: 'sunny' },
        { role: 'assistant', content: 'Sunny.' },
      ],
    };
    const id = await h.uploadPresigned([bad]);
    h.clock.advance(60_000);
    const raw = await h.call<{ processing_status: string; validation_report: { error?: string } }>(
      'GET',
      `/v1/files/${id}`,
    );
    expect(raw.body.processing_status).toBe('INVALID_FORMAT');
    expect(raw.body.validation_report.error).toContain('does not answer a tool call');
  });
});
