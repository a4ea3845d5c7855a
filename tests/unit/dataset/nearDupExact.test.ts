// Near duplicates are confirmed on the real texts: sketches only propose candidates, and the similarity
// reported is the exact Jaccard similarity over the engine's shingles. The pairs below are short
// Chinese texts whose 32-slot estimate is far from the truth: two dissimilar pairs it would flag, and
// a similar pair it underrates (the premise is asserted too, so the test keeps meaning something if
// the sketch changes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkExamples, checkFile } from '../../../electron/main/services/dataset/checkFile';
import { RecordReader } from '../../../electron/main/services/dataset/recordReader';
import { nearDuplicateAccuracy } from '../../../bench/dataset';
import { nearDuplicatePairs } from '../../../bench/datasetGen';
import {
  exactSimilarity,
  NEAR_DUPLICATE_THRESHOLD,
  ShingleComparer,
  nearDuplicateTexts,
  setSimilarity,
  shingleSet,
  sketchSimilarity,
  sketchTexts,
} from '../../../shared/domain/dataset/nearDup';
import type { ChatExample } from '../../../shared/domain/chat';
import type { DatasetReport } from '../../../shared/domain/dataset/report';

const example = (text: string): ChatExample => ({
  messages: [
    { role: 'user', content: text },
    { role: 'assistant', content: '好。' },
  ],
});

/** True similarity about 0.63, estimated about 0.72: the estimate alone flags it. */
const FALSELY_FLAGGED = [
  example('運送到台北通常需要幾天？包裹已於昨天從倉庫寄出。'),
  example('運送到台立北通常需要幾天？包裹已於昨天從倉庫寄出。'),
] as const;
/** True similarity about 0.58, estimated about 0.78. */
const FALSELY_FLAGGED_2 = [
  example('包裹已于昨天从仓库寄出。很抱歉商品送达时有损坏。'),
  example('包裹已于昨天从仓库寄出。很抱款商品送达时有损坏。'),
] as const;
/** True similarity about 0.86, estimated about 0.72 (reported as 72 % before): the estimate is far off. */
const UNDERESTIMATED = [
  example('感謝您聯絡我們的客服團隊。運送到台北通常需要幾天？'),
  example('感被謝您聯絡我們的客服團隊。運送到台北通常需要幾天？'),
] as const;
/** Unrelated filler, so the pairs sit among other examples. */
const FILLER = [
  example('Please restart the device and hold the power button for ten seconds.'),
  example('Discount codes cannot be combined with other offers.'),
  example('您可以在帐户设置中更改收货地址。'),
];

const truth = (a: ChatExample, b: ChatExample) =>
  exactSimilarity(nearDuplicateTexts(a), nearDuplicateTexts(b));
const estimate = (a: ChatExample, b: ChatExample) =>
  sketchSimilarity(sketchTexts(nearDuplicateTexts(a)), sketchTexts(nearDuplicateTexts(b)));

/** Examples in file order: filler, then each pair's first, filler, then each pair's second. */
const ORDERED = [
  FILLER[0]!,
  FALSELY_FLAGGED[0],
  FALSELY_FLAGGED_2[0],
  UNDERESTIMATED[0],
  FILLER[1]!,
  FALSELY_FLAGGED[1],
  FALSELY_FLAGGED_2[1],
  UNDERESTIMATED[1],
  FILLER[2]!,
];

function nearFindings(report: DatasetReport) {
  return report.issues
    .filter((i) => i.code === 'duplicate_near')
    .map((i) => ({
      example: i.example,
      firstExample: i.params?.firstExample,
      similarity: i.params?.similarity,
    }));
}

const EXPECTED = () => [
  { example: 7, firstExample: 3, similarity: Math.round(truth(UNDERESTIMATED[0], UNDERESTIMATED[1]) * 100) },
];

describe('exact near-duplicate confirmation', () => {
  it('the pairs are ones the sketch estimate misjudges (premise)', () => {
    expect(truth(...FALSELY_FLAGGED)).toBeLessThan(0.65);
    expect(estimate(...FALSELY_FLAGGED)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(truth(...FALSELY_FLAGGED_2)).toBeLessThan(0.6);
    expect(estimate(...FALSELY_FLAGGED_2)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(truth(...UNDERESTIMATED)).toBeGreaterThan(0.85);
    expect(estimate(...UNDERESTIMATED)).toBeLessThan(0.75);
    expect(estimate(...UNDERESTIMATED)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('in memory: reports the truly similar pair with its exact similarity, and only it', () => {
    expect(nearFindings(checkExamples(ORDERED))).toEqual(EXPECTED());
    expect(EXPECTED()[0]?.similarity).toBe(86);
  });

  describe('from a JSONL file, reading the earlier example back by byte offset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tunesmith-near-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const lines = ORDERED.map((e) => JSON.stringify(e));

    it('plain UTF-8', async () => {
      const result = await checkFile(write('plain.jsonl', lines.join('\n') + '\n'));
      if (!result.ok) throw new Error(result.error.code);
      expect(nearFindings(result.data.report)).toEqual(EXPECTED());
    });

    it('with a byte order mark, CRLF line ends and a blank line (offsets still point at the record)', async () => {
      const text = '\uFEFF' + [lines[0], '', ...lines.slice(1)].join('\r\n') + '\r\n';
      const result = await checkFile(write('bom-crlf.jsonl', text));
      if (!result.ok) throw new Error(result.error.code);
      expect(nearFindings(result.data.report)).toEqual(EXPECTED());
    });

    it('a legacy prompt/completion record is read back and converted like the first time', async () => {
      const legacy = (e: ChatExample) =>
        JSON.stringify({ prompt: e.messages[0]?.content, completion: e.messages[1]?.content });
      const text = [legacy(UNDERESTIMATED[0]), lines[4], legacy(UNDERESTIMATED[1])].join('\n');
      const result = await checkFile(write('legacy.jsonl', text));
      if (!result.ok) throw new Error(result.error.code);
      const near = nearFindings(result.data.report);
      expect(near).toHaveLength(1);
      expect(near[0]?.firstExample).toBe(0);
      const converted = (e: ChatExample) => ({
        messages: [
          { role: 'user', content: e.messages[0]?.content },
          { role: 'assistant', content: e.messages[1]?.content },
        ],
      });
      expect(near[0]?.similarity).toBe(
        Math.round(
          exactSimilarity(
            nearDuplicateTexts(converted(UNDERESTIMATED[0])),
            nearDuplicateTexts(converted(UNDERESTIMATED[1])),
          ) * 100,
        ),
      );
    });

    it('RecordReader returns the record at an offset, across its first read size, and undefined when gone', () => {
      const long = { messages: [{ role: 'user', content: '長'.repeat(30_000) }] };
      const text = JSON.stringify({ a: 1 }) + '\n' + JSON.stringify(long) + '\r\n' + JSON.stringify({ b: 2 });
      const path = write('reader.jsonl', text);
      const reader = new RecordReader(path, 'utf-8', 8 * 1024 * 1024);
      const second = Buffer.byteLength(JSON.stringify({ a: 1 }) + '\n');
      const third = second + Buffer.byteLength(JSON.stringify(long) + '\r\n');
      expect(reader.read(0)).toEqual({ a: 1 });
      expect(reader.read(second)).toEqual(long);
      expect(reader.read(third)).toEqual({ b: 2 });
      expect(reader.read(third + 3)).toBeUndefined(); // the middle of a record is not JSON
      // Again, now from the reader's cache of recent lines: each offset still gets its own record.
      expect([reader.read(third), reader.read(0), reader.read(second)]).toEqual([{ b: 2 }, { a: 1 }, long]);
      reader.close();
      const small = new RecordReader(path, 'utf-8', 1024);
      expect(small.read(second)).toBeUndefined(); // longer than the line cap
      small.close();
      expect(new RecordReader(join(dir, 'missing.jsonl'), 'utf-8', 1024).read(0)).toBeUndefined();
    });
  });

  it('setSimilarity is the Jaccard index of the distinct shingles', () => {
    const a = shingleSet(['abcdefg']); // abcde bcdef cdefg
    // Texts are read as one: abcdefghabcde has 9 shingles, abcde twice, so 8 distinct.
    const b = shingleSet(['abcdefgh', 'abcde']);
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(8);
    expect(setSimilarity(a, b)).toBeCloseTo(3 / 8);
    expect(setSimilarity(shingleSet([]), shingleSet(['', '']))).toBe(1);
    expect(setSimilarity(a, shingleSet(['zzzzzz']))).toBe(0);
  });

  it('ShingleComparer gives the same exact similarity as sorted sets, pair after pair', () => {
    const comparer = new ShingleComparer();
    const pairs = nearDuplicatePairs(20, 11);
    for (const pair of pairs) {
      comparer.setOwn([pair.a]);
      expect(comparer.similarityTo([pair.b])).toBe(exactSimilarity([pair.a], [pair.b]));
      expect(comparer.similarityTo([pair.a])).toBe(1);
    }
    comparer.setOwn(['']);
    expect(comparer.similarityTo([''])).toBe(1);
    expect(comparer.similarityTo(['hello world'])).toBe(0);
  });

  it('on generated English and Chinese pairs: none similar (≥ 0.85) missed, none dissimilar (≤ 0.5) flagged', () => {
    const accuracy = nearDuplicateAccuracy(nearDuplicatePairs(60, 7));
    expect(accuracy.similar).toBeGreaterThan(50);
    expect(accuracy.dissimilar).toBeGreaterThan(50);
    expect(accuracy.falseNegativeRate).toBe(0);
    expect(accuracy.falsePositiveRate).toBe(0);
    expect(accuracy.worstReportedError).toBeLessThanOrEqual(0.5); // rounding to whole percent only
  });
});
