// A split keeps near copies (reworded examples, by the near-duplicate check's own similarity) in one
// part, like exact copies: otherwise the test part holds rewordings of training examples and the test-set
// score flatters the model (issue 17, point 4).
import { describe, expect, it } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import {
  copyGroups,
  SPLIT_PRESETS,
  splitExamplesInSlices,
  splitExamplesWithGroups,
} from '../../../shared/domain/dataset/split';
import { exactSimilarity, NEAR_DUPLICATE_THRESHOLD } from '../../../shared/domain/dataset/nearDup';

const ex = (q: string, a: string): ChatExample => ({
  messages: [
    { role: 'user', content: q },
    { role: 'assistant', content: a },
  ],
});

const TOPICS = ['shipping', 'refunds', 'gift cards', 'tasting room', 'subscriptions', 'caffeine', 'storage'];
/** Distinct examples, each about its own thing. */
const distinct = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    ex(
      `Customer ${i * 7919} asks about ${TOPICS[i % TOPICS.length]} (case ${i})`,
      `Reply ${i * 104729}: see section ${i} of our ${TOPICS[(i * 3) % TOPICS.length]} policy.`,
    ),
  );
/** Rewordings: the same question and answer with a word or two changed (a long answer, as most are). */
const SHIPPING =
  'Shipping to Canada takes 5 to 8 working days and is always tracked. Orders over 60 dollars ship free; below that, shipping is a flat 9 dollars. Customs fees, if any, are paid on delivery.';
const 寄送 =
  '您好！訂單會在付款後兩個工作天內寄出，寄出後您會收到追蹤號碼。滿一千元免運費，未滿則收八十元運費。如果三天內沒收到追蹤號碼，請回信告訴我們訂單編號。';
const PAIRS: [ChatExample, ChatExample][] = [
  [
    ex('How long does shipping to Canada take?', SHIPPING),
    ex('How long does shipping to Canada take, please?', SHIPPING.replace('always tracked', 'tracked')),
  ],
  [
    ex('我的訂單什麼時候會寄出？', 寄送),
    ex('請問我的訂單什麼時候寄出？', 寄送.replace('您會收到', '會收到')),
  ],
];

describe('split: near copies stay together', () => {
  it('the planted rewordings are near copies by the check’s own measure', () => {
    for (const [a, b] of PAIRS)
      expect(
        exactSimilarity(
          a.messages.map((m) => m.content as string),
          b.messages.map((m) => m.content as string),
        ),
      ).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('puts each pair of rewordings in one part for every seed, and says how many groups it kept', () => {
    const examples = distinct(60);
    // Spread the rewordings apart in the list, as they would be in a real file.
    examples.splice(5, 0, PAIRS[0]![0]);
    examples.splice(40, 0, PAIRS[0]![1]);
    examples.splice(20, 0, PAIRS[1]![0]);
    examples.splice(55, 0, PAIRS[1]![1]);
    const at = (e: ChatExample) => examples.indexOf(e);
    for (let seed = 1; seed <= 30; seed += 1) {
      const { parts, nearCopyGroups } = splitExamplesWithGroups(examples, SPLIT_PRESETS['70/15/15'], seed);
      expect(nearCopyGroups).toBe(2);
      for (const [a, b] of PAIRS) expect(parts[at(a)]).toBe(parts[at(b)]);
      // The parts still add up to the preset's sizes.
      expect(parts.filter((p) => p === 'test')).toHaveLength(Math.round(64 * 0.15));
      // The groups are exactly the planted pairs: distinct examples are not joined.
      const groups = copyGroups(examples).filter((g) => g.length > 1);
      expect(groups.map((g) => g.map((i) => examples[i]))).toEqual(PAIRS.map(([a, b]) => [a, b]));
    }
  });

  it('gives the same parts in slices (window, main) as in one go', async () => {
    const examples = [...distinct(5_000), ...PAIRS.flat()];
    const once = splitExamplesWithGroups(examples, SPLIT_PRESETS['80/10/10'], 7);
    const progress: number[] = [];
    let pauses = 0;
    const sliced = await splitExamplesInSlices(examples, SPLIT_PRESETS['80/10/10'], 7, {
      pause: async () => {
        pauses += 1;
      },
      onProgress: (done) => progress.push(done),
    });
    expect(sliced).toEqual(once);
    expect(pauses).toBe(2);
    expect(progress).toEqual([2_000, 4_000, 5_004]);
  });

  it('stops when aborted between slices', async () => {
    const controller = new AbortController();
    const run = splitExamplesInSlices(distinct(5_000), SPLIT_PRESETS['80/10/10'], 7, {
      pause: async () => controller.abort(new Error('closed')),
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow('closed');
  });
});
