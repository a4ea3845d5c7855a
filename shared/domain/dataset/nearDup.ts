// Near-duplicate detection that stays linear at 100k+ examples: each example's text becomes a 16-slot
// MinHash sketch made by one-permutation hashing (one hash per 5-character shingle, so the cost is a few
// integer operations per character), and locality-sensitive hashing (4 bands × 4 slots) proposes
// candidates, which are confirmed by comparing whole sketches. Character shingles work for Chinese text,
// which has no spaces to split words on.

export const SKETCH_SLOTS = 16;
const BANDS = 4;
const ROWS = SKETCH_SLOTS / BANDS;
const SHINGLE = 5;
/** Only the start of very long texts is sketched: enough to catch copies, bounded cost per example. */
const MAX_SKETCH_CHARS = 4000;
/** Estimated Jaccard similarity at or above which two examples count as near duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
const EMPTY = 0xffffffff;

/** Case, spacing and punctuation do not make two examples different. */
export function normalizeForComparison(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function sketchText(normalized: string): Uint32Array {
  const sketch = new Uint32Array(SKETCH_SLOTS).fill(EMPTY);
  const text = normalized.length > MAX_SKETCH_CHARS ? normalized.slice(0, MAX_SKETCH_CHARS) : normalized;
  const n = text.length;
  const addShingle = (h: number) => {
    const x = mix(h);
    const slot = x >>> 28;
    const value = x & 0x0fffffff;
    if (value < (sketch[slot] as number)) sketch[slot] = value;
  };
  if (n < SHINGLE) {
    let h = 0;
    for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    addShingle(h);
  } else {
    // Polynomial rolling hash over a window of SHINGLE characters.
    const B = 31;
    let pow = 1;
    for (let i = 0; i < SHINGLE - 1; i++) pow = Math.imul(pow, B);
    let h = 0;
    for (let i = 0; i < SHINGLE; i++) h = (Math.imul(h, B) + text.charCodeAt(i)) | 0;
    addShingle(h);
    for (let i = SHINGLE; i < n; i++) {
      h = (Math.imul(h - Math.imul(text.charCodeAt(i - SHINGLE), pow), B) + text.charCodeAt(i)) | 0;
      addShingle(h);
    }
  }
  // Densify: an empty slot borrows its right neighbour's value so short texts still compare fairly.
  for (let pass = 0; pass < SKETCH_SLOTS; pass++) {
    let changed = false;
    for (let s = 0; s < SKETCH_SLOTS; s++) {
      if (sketch[s] === EMPTY) {
        const next = sketch[(s + 1) % SKETCH_SLOTS] as number;
        if (next !== EMPTY) {
          sketch[s] = next;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return sketch;
}

export function sketchSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < SKETCH_SLOTS; i++) if (a[i] === b[i]) same++;
  return same / SKETCH_SLOTS;
}

/** Remembers sketches (in flat typed arrays, 64 bytes per example) and finds an earlier near match. */
export class NearDuplicateIndex {
  private sketches = new Uint32Array(SKETCH_SLOTS * 1024);
  private count = 0;
  private readonly bands: Map<number, number>[] = Array.from({ length: BANDS }, () => new Map());

  /** Adds the sketch under `id` (ids must be added in increasing order from 0) and returns an earlier near match. */
  add(sketch: Uint32Array): { match: number; similarity: number } | null {
    const id = this.count++;
    if (this.sketches.length < this.count * SKETCH_SLOTS) {
      const grown = new Uint32Array(this.sketches.length * 2);
      grown.set(this.sketches);
      this.sketches = grown;
    }
    this.sketches.set(sketch, id * SKETCH_SLOTS);
    let best: { match: number; similarity: number } | null = null;
    for (let b = 0; b < BANDS; b++) {
      let h = 0x9747b28c ^ b;
      for (let r = 0; r < ROWS; r++) h = mix(h ^ (sketch[b * ROWS + r] as number));
      const bucket = this.bands[b] as Map<number, number>;
      const other = bucket.get(h);
      if (other === undefined) {
        bucket.set(h, id);
        continue;
      }
      if (best && best.match === other) continue;
      const similarity = sketchSimilarity(
        sketch,
        this.sketches.subarray(other * SKETCH_SLOTS, (other + 1) * SKETCH_SLOTS),
      );
      if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity))
        best = { match: other, similarity };
    }
    return best;
  }
}
