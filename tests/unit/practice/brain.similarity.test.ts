// Similar texts must be near each other (the Try page's score and the practice embeddings rely on it),
// in English and in Chinese, where words are not separated by spaces.
import { describe, expect, it } from 'vitest';
import { embed } from '../../../electron/main/services/practice/brain';
import { cosine, textFeatures, textSimilarity, tokenSetF1 } from '../../../shared/domain/similarity';

const pairs = {
  en: {
    anchor: 'How do I return a pair of shoes I bought last week?',
    similar: 'Can I return the shoes I bought last week?',
    unrelated: 'The weather in Paris is lovely in spring.',
  },
  'zh-TW': {
    anchor: '我上週買的鞋子要怎麼退貨？',
    similar: '請問鞋子可以退貨嗎？',
    unrelated: '今天台北的天氣很好。',
  },
  'zh-CN': {
    anchor: '我上周买的鞋子怎么退货？',
    similar: '请问鞋子可以退货吗？',
    unrelated: '今天北京的天气很好。',
  },
};

describe('textSimilarity', () => {
  it.each(Object.entries(pairs))('puts a paraphrase closer than an unrelated sentence (%s)', (_, p) => {
    const near = textSimilarity(p.anchor, p.similar);
    const far = textSimilarity(p.anchor, p.unrelated);
    expect(near).toBeGreaterThan(far + 0.2);
  });

  it('is 1 up to case and punctuation, a little less for reordered words, and stays within [0, 1]', () => {
    expect(textSimilarity('Return my SHOES!', 'return, my shoes')).toBeCloseTo(1, 10);
    const reordered = textSimilarity('return my shoes', 'shoes return my');
    expect(reordered).toBeGreaterThan(0.8);
    expect(reordered).toBeLessThan(1);
    for (const [a, b] of [
      ['abc', 'xyz'],
      ['', 'text'],
      ['退貨', 'return'],
    ] as const) {
      const s = textSimilarity(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(textSimilarity('退貨', 'return')).toBe(0);
  });

  it('splits Chinese into character bigrams and treats full-width letters like ASCII', () => {
    const features = textFeatures('退貨政策');
    expect(features.has('b:退貨')).toBe(true);
    expect(features.has('b:貨政')).toBe(true);
    expect(textSimilarity('ＡＢＣ訂單', 'abc訂單')).toBeCloseTo(1, 10);
    // Latin text glued to Chinese stays a word of its own.
    expect(textFeatures('A1234訂單').has('w:a1234')).toBe(true);
    expect(textFeatures('訂單A1234').has('w:a1234')).toBe(true);
  });
});

describe('tokenSetF1', () => {
  it('scores word overlap as the harmonic mean of precision and recall', () => {
    // candidate {the, cat, sat}, reference {the, cat, ran, away}: common 2 → P 2/3, R 2/4 → F1 4/7
    expect(tokenSetF1('the cat sat', 'The cat ran away')).toBeCloseTo(4 / 7, 10);
    expect(tokenSetF1('退貨政策', '退貨')).toBeCloseTo((2 * (1 / 3) * 1) / (1 / 3 + 1), 10);
    expect(tokenSetF1('apple', 'orange')).toBe(0);
  });
});

describe('cosine', () => {
  it('is 1 for parallel vectors, 0 for orthogonal ones, and rejects different lengths', () => {
    expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow(RangeError);
  });
});

describe('embed', () => {
  it('returns a deterministic unit vector of the requested size', () => {
    const a = embed('Where is my order?');
    expect(a).toHaveLength(256);
    expect(embed('Where is my order?')).toEqual(a);
    expect(Math.hypot(...a)).toBeCloseTo(1, 10);
    const small = embed('Where is my order?', 64);
    expect(small).toHaveLength(64);
    expect(Math.hypot(...small)).toBeCloseTo(1, 10);
  });

  it('gives text without words its own unit vector rather than zeros', () => {
    for (const text of ['', '?!']) expect(Math.hypot(...embed(text))).toBeCloseTo(1, 10);
  });

  it.each(Object.entries(pairs))('keeps similar texts nearer than unrelated ones (%s)', (_, p) => {
    const anchor = embed(p.anchor);
    const near = cosine(anchor, embed(p.similar));
    const far = cosine(anchor, embed(p.unrelated));
    expect(near).toBeGreaterThan(far + 0.2);
  });
});
