import { describe, expect, it } from 'vitest';
import { blindPairs, seededRandom, tallyPicks, type BlindPick } from '../../../shared/domain/tryout';

const cases = Array.from({ length: 40 }, (_, i) => i);

describe('blind A/B shuffling', () => {
  it('is the same for the same seed and different for another', () => {
    expect(blindPairs(7, cases, 'a', 'b')).toEqual(blindPairs(7, cases, 'a', 'b'));
    expect(blindPairs(7, cases, 'a', 'b')).not.toEqual(blindPairs(8, cases, 'a', 'b'));
  });

  it('shows every case exactly once, each with both set-ups', () => {
    const pairs = blindPairs(3, cases, 'a', 'b');
    expect(pairs.map((p) => p.caseIndex).sort((x, y) => x - y)).toEqual(cases);
    for (const p of pairs) expect([p.first, p.second].sort()).toEqual(['a', 'b']);
  });

  it('neither side nor order gives the writer away: both sides occur, and the order is shuffled', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const pairs = blindPairs(seed, cases, 'a', 'b');
      const aFirst = pairs.filter((p) => p.first === 'a').length;
      // 40 fair coin flips: outside 8..32 has probability < 1e-4.
      expect(aFirst).toBeGreaterThan(8);
      expect(aFirst).toBeLessThan(32);
      expect(pairs.map((p) => p.caseIndex)).not.toEqual(cases);
    }
  });

  it('draws uniform-looking numbers in [0, 1)', () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('maps picks back to the set-ups that wrote them', () => {
    const pairs = blindPairs(11, [0, 1, 2], 'a', 'b');
    const picks = new Map<number, BlindPick>([
      [pairs[0]!.caseIndex, 'first'],
      [pairs[1]!.caseIndex, 'second'],
      [pairs[2]!.caseIndex, 'tie'],
    ]);
    const tally = tallyPicks(pairs, picks);
    const expected: Record<string, number> = { a: 0, b: 0 };
    expected[pairs[0]!.first]! += 1;
    expected[pairs[1]!.second]! += 1;
    expect(tally).toEqual({ wins: expected, ties: 1, picked: 3, total: 3 });
  });
});
