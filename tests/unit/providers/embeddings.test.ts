// Vectors of another length than the notes index's 512: padded, truncated (Matryoshka models) or projected
// (the others) the same way every time, keeping the similarities search ranks by.
import { describe, expect, it } from 'vitest';
import { embedInBatches, fitDimensions } from '../../../electron/main/services/providers/embeddings';
import { embed } from '../../../electron/main/services/practice/brain';

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};
const norm = (a: ArrayLike<number>) => Math.sqrt(dot(a, a));

const TEXTS = [
  'Opening hours: Monday to Friday 9 to 6, Saturday 10 to 4, closed on Sunday.',
  'We are open on weekdays from nine until six and on Saturdays until four.',
  'Refunds are paid within 14 days to the card used for the purchase.',
  '退款會在十四天內退回原付款的信用卡。',
  'A large oolong tea costs 65 dollars; a small one costs 45.',
];

describe('fitDimensions', () => {
  it('zero-pads a shorter vector, so every dot product stays exactly the same', () => {
    const a = embed(TEXTS[0]!, 384);
    const b = embed(TEXTS[1]!, 384);
    const fa = fitDimensions(a, 512, 'project');
    const fb = fitDimensions(b, 512, 'project');
    expect(fa).toHaveLength(512);
    expect(Array.from(fa.slice(384))).toEqual(new Array(128).fill(0));
    expect(dot(fa, fb)).toBeCloseTo(dot(a, b), 5);
  });

  it('truncates a Matryoshka vector to its first 512 dimensions, at unit length', () => {
    const v = embed(TEXTS[2]!, 1024);
    const f = fitDimensions(v, 512, 'truncate');
    expect(f).toHaveLength(512);
    expect(norm(f)).toBeCloseTo(1, 5);
    const scale = 1 / norm(v.slice(0, 512));
    expect(f[7]).toBeCloseTo((v[7] as number) * scale, 5);
  });

  it('projects other models the same way every time and keeps their similarity order', () => {
    const native = TEXTS.map((t) => embed(t, 1024));
    const once = native.map((v) => fitDimensions(v, 512, 'project'));
    const again = native.map((v) => fitDimensions(v, 512, 'project'));
    expect(once.map((v) => Array.from(v))).toEqual(again.map((v) => Array.from(v)));
    for (const v of once) expect(norm(v)).toBeCloseTo(1, 5);
    // The paraphrase stays the nearest neighbour of the first text, and cosines move only a little.
    const before = native.slice(1).map((v) => dot(native[0]!, v));
    const after = once.slice(1).map((v) => dot(once[0]!, v));
    expect(after.indexOf(Math.max(...after))).toBe(before.indexOf(Math.max(...before)));
    for (let i = 0; i < before.length; i++)
      expect(Math.abs((after[i] as number) - (before[i] as number))).toBeLessThan(0.15);
  });

  it('leaves a vector of the right length as it is', () => {
    const v = embed(TEXTS[4]!, 512);
    expect(Array.from(fitDimensions(v, 512, 'project'))).toEqual(Array.from(Float32Array.from(v)));
  });
});

describe('embedInBatches', () => {
  it('splits at the batch limit, keeps the texts’ order and sums the billed tokens', async () => {
    const sizes: number[] = [];
    const texts = Array.from({ length: 23 }, (_, i) => `passage ${i}`);
    const result = await embedInBatches(texts, { batchLimit: 10, reduce: 'truncate' }, async (batch) => {
      sizes.push(batch.length);
      // Answered out of order, as a provider may.
      const data = batch.map((t, index) => ({ index, embedding: [Number(t.split(' ')[1])] })).reverse();
      return { data, tokens: batch.length * 2 };
    });
    expect(sizes).toEqual([10, 10, 3]);
    expect(result.vectors.map((v) => v[0])).toEqual(texts.map((_, i) => i));
    expect(result.tokens).toBe(46);
  });

  it('refuses an answer that leaves a text without a vector', async () => {
    await expect(
      embedInBatches(['a', 'b'], { batchLimit: 10, reduce: 'truncate' }, async () => ({
        data: [{ index: 0, embedding: [1] }],
        tokens: 1,
      })),
    ).rejects.toMatchObject({ ipcError: { code: 'server_error' } });
  });
});
