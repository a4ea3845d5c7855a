// One seeded PRNG for everything that must be repeatable (splits, blind A/B order, practice noise, bench
// data): the same seed gives the same sequence in main, the worker, the renderer and tests.

/** mulberry32: a tiny, well-distributed 32-bit PRNG; returns numbers in [0, 1). Never Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
