// Counting piece by piece with remembered counts (tokenMemo.ts) must give exactly gpt-tokenizer's own
// count for every text: the fixture corpus, generated bench examples and edge cases, in both encodings.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countTextTokens } from '../../../shared/domain/tokens';
import { exampleLine } from '../../../bench/datasetGen';
import { seededRandom } from '../../../shared/domain/random';

const require = createRequire(import.meta.url);
type Count = (text: string, options: { allowedSpecial: 'all' }) => number;
const library = {
  o200k_base: (require('gpt-tokenizer/cjs/encoding/o200k_base') as { countTokens: Count }).countTokens,
  cl100k_base: (require('gpt-tokenizer/cjs/encoding/cl100k_base') as { countTokens: Count }).countTokens,
};

function corpusTexts(): string[] {
  const texts = [
    'Hello world',
    "don't  stop\n\n\n  now\t\ttabs  ",
    '全角　空格和emoji🎉😀混合 mixed 123,456.78',
    'special <|endoftext|> inside, and <|im_start|> too',
    'a'.repeat(200) + ' ' + '!'.repeat(100) + ' ' + '1234567890'.repeat(20),
    'lone surrogate \ud800 here',
    "It's   they're   WE'LL   I'M",
  ];
  const dir = join(import.meta.dirname, '../../fixtures/data');
  for (const file of readdirSync(dir)) {
    if (/\.(jsonl|json|txt|csv|tsv)$/.test(file))
      texts.push(...readFileSync(join(dir, file), 'utf8').split('\n'));
  }
  const random = seededRandom(3);
  for (let n = 0; n < 300; n++) {
    const example = JSON.parse(exampleLine(random, n)) as { messages: { content: string }[] };
    texts.push(...example.messages.map((m) => m.content));
  }
  return texts;
}

describe('piece-by-piece token counts', () => {
  const texts = corpusTexts();
  for (const encoding of ['o200k_base', 'cl100k_base'] as const) {
    it(`equal gpt-tokenizer's countTokens for every text (${encoding})`, { timeout: 60_000 }, () => {
      // Twice: the second pass answers from remembered pieces.
      for (let pass = 0; pass < 2; pass++)
        for (const text of texts)
          expect(countTextTokens(text, encoding), text).toBe(
            library[encoding](text, { allowedSpecial: 'all' }),
          );
      expect(texts.length).toBeGreaterThan(1000);
    });
  }
});
