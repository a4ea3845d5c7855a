// Practice embeddings: the "hashing trick" over the same text features the similarity module uses
// (words, word pairs, in-word trigrams, CJK bigrams, emoji), folded into a fixed number of dimensions
// and scaled to unit length. Texts that share words or phrasing land close together by cosine, as real
// embeddings do for near-paraphrases; unlike real embeddings they know no synonyms ("refund" is not near
// "money back"), which is what a practice approximation can honestly offer.
import { textFeatures } from '../../../../../shared/domain/similarity';
import { hash32 } from './random';

export const DEFAULT_EMBEDDING_DIMENSIONS = 256;

const INDEX_SALT = 0x1d;
const SIGN_SALT = 0x51;

/**
 * A deterministic unit vector for `text`. Each feature adds its weight to one hashed dimension with a
 * hashed sign: the sign makes collisions cancel on average instead of inflating every similarity.
 * Text without any features (empty, punctuation only) gets its own fixed direction, not a zero vector,
 * because callers normalise by length and OpenAI never returns zero vectors.
 */
export function embed(text: string, dimensions: number = DEFAULT_EMBEDDING_DIMENSIONS): number[] {
  const size = Math.max(1, Math.floor(dimensions));
  const vector = new Array<number>(size).fill(0);
  const features = textFeatures(text);
  if (features.size === 0) features.set('∅', 1);
  for (const [feature, weight] of features) {
    const index = hash32(feature, INDEX_SALT) % size;
    const sign = (hash32(feature, SIGN_SALT) & 1) === 0 ? 1 : -1;
    vector[index] = (vector[index] ?? 0) + sign * weight;
  }
  let norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
  if (norm === 0) {
    // Every feature cancelled out (possible in tiny dimensions): fall back to an axis chosen by the text.
    vector[hash32(text, INDEX_SALT) % size] = 1;
    norm = 1;
  }
  return vector.map((x) => x / norm);
}
