// Qwen token counts: exact ids-length for known strings (checked against Qwen's tokenizer.json through
// the library's full pipeline), the ChatML framing of Qwen3's chat template, and proof that the fast
// piece-by-piece count equals the library's full pipeline on every fixture text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countExampleTokens, countTextTokens, encodingForModel } from '../../../shared/domain/tokens';
import { countQwenTokens, countQwenTokensFullPipeline } from '../../../shared/domain/qwenTokens';
import type { ChatExample } from '../../../shared/domain/chat';

const FIXTURES = join(import.meta.dirname, '../../fixtures/data');

describe('Qwen tokenizer', () => {
  it('counts known English, Chinese and special-token strings exactly', { timeout: 60_000 }, () => {
    // Token ids from Qwen3's vocabulary: "Hello world" = [9707, 1879]; "你好，世界！" = [108386 你好,
    // 3837 ，, 99489 世界, 6313 ！]; "<|im_start|>user\nHi<|im_end|>\n" = [151644, 872, 198, 13048, 151645, 198].
    expect(countTextTokens('Hello world', 'qwen')).toBe(2);
    expect(countTextTokens('The quick brown fox jumps over the lazy dog.', 'qwen')).toBe(10);
    expect(countTextTokens('你好，世界！', 'qwen')).toBe(4);
    expect(countTextTokens('<|im_start|>user\nHi<|im_end|>\n', 'qwen')).toBe(6);
    expect(countTextTokens('12345678', 'qwen')).toBe(8); // Qwen splits digits one by one
    // NFC normalisation first: "e" + combining acute is the one token "é" (o200k counts 2).
    expect(countTextTokens('e\u0301', 'qwen')).toBe(1);
    expect(countTextTokens('e\u0301', 'o200k_base')).toBe(2);
    expect(countTextTokens('', 'qwen')).toBe(0);
  });

  it('frames each message as ChatML: 4 tokens plus its role and content, no reply priming', () => {
    const example: ChatExample = {
      messages: [
        { role: 'system', content: 'You are helpful.' },
        { role: 'user', content: '你好' },
        { role: 'assistant', content: 'Hello world', weight: 1 },
      ],
    };
    // system 1 + 4 + "You are helpful." 4; user 1 + 4 + 你好 1; assistant 1 + 4 + 2 = 22,
    // exactly the tokens of the text Qwen3's chat template renders for it:
    const rendered =
      '<|im_start|>system\nYou are helpful.<|im_end|>\n<|im_start|>user\n你好<|im_end|>\n' +
      '<|im_start|>assistant\nHello world<|im_end|>\n';
    expect(countQwenTokensFullPipeline(rendered)).toBe(22);
    expect(countExampleTokens(example, 'qwen')).toBe(22);
    // `name` is not part of Alibaba's format and is not counted; OpenAI's formula counts it.
    const named: ChatExample = {
      messages: [{ role: 'user', content: 'Hi', name: 'ann' }, ...example.messages.slice(2)],
    };
    expect(countExampleTokens(named, 'qwen')).toBe(1 + 4 + 1 + (1 + 4 + 2));
  });

  it('maps Qwen models and Alibaba fine-tunes to the Qwen tokenizer', () => {
    expect(encodingForModel('qwen3-14b')).toBe('qwen');
    expect(encodingForModel('qwen3-14b-support-ft-202612051030-1c7f')).toBe('qwen');
    expect(encodingForModel('gpt-4o-mini-2024-07-18')).toBe('o200k_base');
    expect(encodingForModel('gpt-3.5-turbo-0125')).toBe('cl100k_base');
  });

  it('counts piece by piece exactly as the full pipeline on every fixture text', { timeout: 120_000 }, () => {
    const texts: string[] = [
      "don't  stop\n\n\n  now\t\ttabs  ",
      '全角　空格和emoji🎉😀混合 mixed 123,456.78',
      '<think>\nreasoning\n</think>\n\nanswer',
      'Ünïcödé cafe\u0301 naïve',
    ];
    for (const file of readdirSync(FIXTURES)) {
      if (!/\.(jsonl|json|txt|csv|tsv)$/.test(file)) continue;
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      texts.push(...text.split('\n'));
    }
    let compared = 0;
    for (const text of texts) {
      expect(countQwenTokens(text), text).toBe(countQwenTokensFullPipeline(text));
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });
});
