// Near-duplicate sketches: copies that differ in case, spacing or punctuation match, different
// conversations do not, in English and Chinese.
import { describe, expect, it } from 'vitest';
import {
  NEAR_DUPLICATE_THRESHOLD,
  NearDuplicateIndex,
  normalizeForComparison,
  sketchSimilarity,
  sketchText,
} from '../../../shared/domain/dataset/nearDup';
import { EN, ZH_TW } from '../../fixtures/data/generate';

const similarity = (a: string, b: string) => sketchSimilarity(sketchText(a), sketchText(b));

describe('near-duplicate sketches', () => {
  it('ignores case, spacing and punctuation, half- and full-width', () => {
    expect(normalizeForComparison('Hello, World!  你好，世界！')).toBe('helloworld你好世界');
    expect(similarity('Where is my parcel? It left Monday.', 'where is my parcel it left monday')).toBe(1);
  });

  it('scores small edits high and unrelated texts low', () => {
    const a = 'It left the warehouse on Monday and should reach you by Thursday, tracking number attached.';
    const b = 'It left the warehouse on Monday and should reach you by Friday, tracking number attached.';
    expect(similarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    for (let i = 1; i < EN.length; i++) {
      expect(similarity(EN[0]!.join(' '), EN[i]!.join(' '))).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
      expect(similarity(ZH_TW[0]!.join(''), ZH_TW[i]!.join(''))).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
    }
  });

  it('finds the earlier near copy through the index and nothing among distinct texts', () => {
    const index = new NearDuplicateIndex();
    const texts = [...EN.map((p) => p.join(' ')), ...ZH_TW.map((p) => p.join(''))];
    for (const t of texts) expect(index.add(sketchText(t))).toBeNull();
    const match = index.add(sketchText(ZH_TW[3]!.join('') + '！'));
    expect(match?.match).toBe(EN.length + 3);
    expect(match?.similarity).toBe(1);
  });

  it('keeps working past its initial capacity', () => {
    // Pseudo-random words, so no two texts are alike and only the copy can match.
    const text = (i: number) =>
      Array.from({ length: 12 }, (_, k) => (Math.imul(i + 1, 2654435761) ^ (k * 40503)).toString(36)).join(
        ' ',
      );
    const index = new NearDuplicateIndex();
    for (let i = 0; i < 3000; i++) expect(index.add(sketchText(text(i)))).toBeNull();
    expect(index.add(sketchText(text(2999).toUpperCase()))).toEqual({ match: 2999, similarity: 1 });
    expect(index.add(sketchText(text(5)))).toEqual({ match: 5, similarity: 1 });
  });
});

describe('compact stores', () => {
  it('IntKeyTable keeps 53-bit keys apart and grows', async () => {
    const { IntKeyTable, IntList } = await import('../../../shared/domain/dataset/compactStore');
    const table = new IntKeyTable(16);
    const keys = Array.from({ length: 5000 }, (_, i) => i * 2 ** 32 + (i % 7)); // same low bits, different high
    keys.forEach((k, i) => table.set(k, i));
    expect(table.size).toBe(5000);
    keys.forEach((k, i) => expect(table.get(k)).toBe(i));
    expect(table.get(2 ** 52 + 1)).toBe(-1);
    table.set(keys[3] as number, 99);
    expect(table.get(keys[3] as number)).toBe(99);
    expect(table.size).toBe(5000);
    const list = new IntList();
    for (let i = 0; i < 70_000; i++) list.push(i * 3);
    expect(list.length).toBe(70_000);
    expect(list.get(69_999)).toBe(209_997);
    expect(list.toArray().slice(65_535, 65_537)).toEqual([196_605, 196_608]);
  });

  it('SmallUintList stores small counts in 2 bytes and keeps large ones exact', async () => {
    const { SmallUintList } = await import('../../../shared/domain/dataset/compactStore');
    const list = new SmallUintList();
    const values = Array.from({ length: 70_000 }, (_, i) => (i % 1000 === 7 ? 65_535 + i : i % 65_535));
    values.forEach((v) => list.push(v));
    expect(list.length).toBe(70_000);
    expect(list.toArray()).toEqual(values);
    expect(list.get(66_007)).toBe(131_542);
  });
});
