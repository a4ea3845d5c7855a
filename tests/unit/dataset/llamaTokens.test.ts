// Llama 3 token counts (Nebius's Llama bases): exact counts for known strings through Llama 3.1's
// tokenizer.json, the framing of Llama 3's chat template, the model-id mapping for Nebius's Hugging Face
// names, and proof that the piece-by-piece count equals the library's full pipeline on every fixture text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import { countLlamaTokens, countLlamaTokensFullPipeline } from '../../../shared/domain/llamaTokens';
import { countExampleTokens, countTextTokens, encodingForModel } from '../../../shared/domain/tokens';

const FIXTURES = join(import.meta.dirname, '../../fixtures/data');

describe('Llama 3 tokenizer', () => {
  it('counts known strings exactly', { timeout: 60_000 }, () => {
    // Llama 3 ids: "Hello world" = [9906, 1917]; digits go in groups of up to three: "12345678" = 123|456|78.
    expect(countTextTokens('Hello world', 'llama3')).toBe(2);
    expect(countTextTokens('12345678', 'llama3')).toBe(3);
    expect(countTextTokens('<|start_header_id|>user<|end_header_id|>', 'llama3')).toBe(3);
    // No normalizer: "e" + combining acute stays two symbols (Qwen's NFC makes it one token).
    expect(countTextTokens('e\u0301', 'llama3')).toBeGreaterThan(countTextTokens('e\u0301', 'qwen'));
    expect(countTextTokens('', 'llama3')).toBe(0);
  });

  it('frames an example as Llama 3 chat: begin_of_text once, then 4 tokens plus role and content each', () => {
    const example: ChatExample = {
      messages: [
        { role: 'user', content: 'Hello world' },
        { role: 'assistant', content: 'Hello world' },
      ],
    };
    const rendered =
      '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHello world<|eot_id|>' +
      '<|start_header_id|>assistant<|end_header_id|>\n\nHello world<|eot_id|>';
    expect(countExampleTokens(example, 'llama3')).toBe(countLlamaTokensFullPipeline(rendered));
  });

  it('maps Nebius base ids to their tokenizer', () => {
    expect(encodingForModel('meta-llama/Llama-3.1-8B-Instruct')).toBe('llama3');
    expect(encodingForModel('meta-llama/Meta-Llama-3.1-8B-Instruct')).toBe('llama3');
    expect(encodingForModel('meta-llama/Llama-3.3-70B-Instruct')).toBe('llama3');
    expect(encodingForModel('Qwen/Qwen3-30B-A3B-Instruct-2507')).toBe('qwen');
  });

  it('counts piece by piece exactly as the full pipeline on every fixture text', { timeout: 120_000 }, () => {
    const texts: string[] = [
      "don't  stop\n\n\n  now\t\ttabs  ",
      '全角　空格和emoji🎉😀混合 mixed 123,456.78',
    ];
    for (const file of readdirSync(FIXTURES)) {
      if (!/\.(jsonl|json|txt|csv|tsv)$/.test(file)) continue;
      texts.push(...readFileSync(join(FIXTURES, file), 'utf8').split('\n'));
    }
    for (const text of texts) expect(countLlamaTokens(text), text).toBe(countLlamaTokensFullPipeline(text));
    expect(texts.length).toBeGreaterThan(300);
  });
});
