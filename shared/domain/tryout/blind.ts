// Blind A/B: each test example's two replies are shown as "Answer 1" and "Answer 2" in an order drawn
// from a seed, and the examples themselves come in a shuffled order, so neither position nor sequence
// tells the user which set-up wrote which. Seeded (not Math.random) so a session can be rebuilt and
// tested: the same seed always gives the same sides.
import { seededRandom } from '../random';

export { seededRandom };

export interface BlindPair {
  caseIndex: number;
  /** Which set-up's reply is shown first and which second. */
  first: string;
  second: string;
}

/** Every case once, in a shuffled order (Fisher–Yates), each with its two set-ups in a random order. */
export function blindPairs(
  seed: number,
  caseIndexes: readonly number[],
  setupA: string,
  setupB: string,
): BlindPair[] {
  const random = seededRandom(seed);
  const order = [...caseIndexes];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.map((caseIndex) => {
    const swap = random() < 0.5;
    return { caseIndex, first: swap ? setupB : setupA, second: swap ? setupA : setupB };
  });
}

export type BlindPick = 'first' | 'second' | 'tie';

export interface BlindTally {
  /** Wins per set-up id, plus ties, over the pairs picked so far. */
  wins: Record<string, number>;
  ties: number;
  picked: number;
  total: number;
}

export function tallyPicks(pairs: readonly BlindPair[], picks: ReadonlyMap<number, BlindPick>): BlindTally {
  const wins: Record<string, number> = {};
  let ties = 0;
  for (const pair of pairs) {
    wins[pair.first] ??= 0;
    wins[pair.second] ??= 0;
    const pick = picks.get(pair.caseIndex);
    if (pick === 'tie') ties += 1;
    else if (pick === 'first') wins[pair.first]! += 1;
    else if (pick === 'second') wins[pair.second]! += 1;
  }
  return { wins, ties, picked: picks.size, total: pairs.length };
}
