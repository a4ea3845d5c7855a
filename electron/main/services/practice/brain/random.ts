// Seeded randomness for the practice brain. Everything the practice service "decides" must be the same
// for the same inputs and seed (tests and screenshots depend on it), so nothing here touches Math.random.
import { seededRandom } from '../../../../../shared/domain/random';

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit hash; `salt` gives independent hash families. */
export function hash32(text: string, salt = 0): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (from murmur3): FNV alone leaves the low bits weak for short keys, and embeddings
  // take `hash % dimensions`.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export { seededRandom };

/** Standard normal draws (Box-Muller) from a uniform source. */
export function gaussian(uniform: () => number): () => number {
  return () => {
    const u = Math.max(uniform(), 1e-12);
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
