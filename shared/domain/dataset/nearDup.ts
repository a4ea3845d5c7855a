// Near-duplicate detection that stays linear at 100k+ examples: each example's text becomes a 32-slot
// MinHash sketch made by one-permutation hashing (one hash per 5-character shingle, so the cost is a few
// integer operations per character), stored as 8-bit fingerprints (b-bit MinHash: 32 bytes per
// example, half of what 16 bits took; at ~770k examples in a 512 MB file that is 25 MB saved).
// Locality-sensitive hashing over all 32 slots (8 bands × 4) proposes candidates: a pair with true
// similarity 0.85 shares a band 99.7 % of the time (4 bands over 16 slots: 95 %). The sketch estimate
// is only a filter: 32 slots estimate a true 0.70 anywhere from about 0.55 to 0.85, so the checker
// compares candidates exactly on their shingle sets (shingleSet / setSimilarity) whenever it can read
// the earlier example back, and the estimate decides only when it cannot.
// Character shingles work for Chinese, which has no spaces between words.

import { RecomputedKeyTable } from './compactStore';

export const SKETCH_SLOTS = 32;
const BANDS = 8;
const ROWS = 4;
const SHINGLE = 5;
/** Only the start of very long texts is sketched: enough to catch copies, bounded cost per example. */
const MAX_SKETCH_CHARS = 4000;
/** Jaccard similarity (exact when it can be measured, else estimated) at which examples are near duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
const EMPTY = 0xffffffff;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Case, spacing and punctuation do not make two examples different. Works on char codes instead of a
 * Unicode regex because it runs over every character of every example. Returns -1 for "skip".
 */
function comparable(c: number): number {
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return c; // a-z
    if (c >= 0x41 && c <= 0x5a) return c | 0x20; // A-Z → a-z
    if (c >= 0x30 && c <= 0x39) return c; // 0-9
    return -1; // ASCII spaces and punctuation
  }
  if (
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x206f) || // general punctuation
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation (、。「」…)
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xff0f) || // fullwidth ！＂＃…／
    (c >= 0xff1a && c <= 0xff20) || // fullwidth ：；＜＝＞？＠
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  ) {
    return -1;
  }
  return c;
}

/** The comparable form of a text (what sketchText hashes), for tests and a future diff view. */
export function normalizeForComparison(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = comparable(text.charCodeAt(i));
    if (c >= 0) out += String.fromCharCode(c);
  }
  return out;
}

/**
 * What near-duplicate checks compare in an example: the user, assistant and tool turns in order. A
 * shared system prompt is the norm, so it would make every pair look alike.
 */
export function nearDuplicateTexts(example: {
  messages: readonly { role: unknown; content?: unknown }[];
}): string[] {
  const texts: string[] = [];
  for (const m of example.messages) {
    if (typeof m.content !== 'string' || m.role === 'system' || m.role === 'developer') continue;
    texts.push(m.content);
  }
  return texts;
}

export function sketchText(text: string): Uint8Array {
  return sketchTexts([text]);
}

/**
 * Writes the 32-bit hash of every SHINGLE-character window of the texts' comparable form, read as one
 * text (an example's messages, without joining them first), over the first MAX_SKETCH_CHARS comparable
 * characters, into the shared `SHINGLES` buffer; returns how many. A text shorter than one shingle
 * gives one hash of what it has. The sketch and the exact comparison both read shingles through here,
 * so they measure the same set. A buffer instead of a callback: this runs over every character of
 * every example, and a callback shared by three callers is a call V8 cannot inline.
 */
function shingles(texts: readonly string[]): number {
  lastSketchCount = -1; // the buffer no longer holds the last sketch's shingles
  // Polynomial rolling hash over the last SHINGLE comparable characters, kept in a ring buffer.
  const B = 31;
  let pow = 1;
  for (let i = 0; i < SHINGLE - 1; i++) pow = Math.imul(pow, B);
  const ring = RING;
  let h = 0;
  let taken = 0;
  let count = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length && taken < MAX_SKETCH_CHARS; i++) {
      const c = comparable(text.charCodeAt(i));
      if (c < 0) continue;
      const slot = taken % SHINGLE;
      if (taken >= SHINGLE) h = (h - Math.imul(ring[slot] as number, pow)) | 0;
      h = (Math.imul(h, B) + c) | 0;
      ring[slot] = c;
      taken++;
      if (taken >= SHINGLE) SHINGLES[count++] = mix(h);
    }
  }
  if (taken > 0 && taken < SHINGLE) SHINGLES[count++] = mix(h);
  return count;
}

const SHINGLES = new Uint32Array(MAX_SKETCH_CHARS);
const RING = new Int32Array(SHINGLE);
/** How many shingles of the last sketchTexts call SHINGLES still holds; -1 once overwritten. */
let lastSketchCount = -1;

/** The shingle hashes of texts read as one, in order with repeats (what similarityTo compares), copied. */
export function shingleHashes(texts: readonly string[]): Uint32Array {
  return SHINGLES.slice(0, shingles(texts));
}

/** One sketch over several texts read as one (an example's messages), without joining them first. */
export function sketchTexts(texts: readonly string[]): Uint8Array {
  const sketch = new Uint32Array(SKETCH_SLOTS).fill(EMPTY);
  const count = shingles(texts);
  lastSketchCount = count;
  for (let i = 0; i < count; i++) {
    const x = SHINGLES[i] as number;
    const slot = x >>> 27;
    const value = x & 0x07ffffff;
    if (value < (sketch[slot] as number)) sketch[slot] = value;
  }
  // Densify: an empty slot borrows its right neighbour's value so short texts still compare fairly.
  for (let pass = 0; pass < SKETCH_SLOTS; pass++) {
    let changed = false;
    for (let s = 0; s < SKETCH_SLOTS; s++) {
      if (sketch[s] !== EMPTY) continue;
      const next = sketch[(s + 1) % SKETCH_SLOTS] as number;
      if (next !== EMPTY) {
        sketch[s] = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Keep 8 bits of each minimum. Two different minima still agree by chance 1 time in 256;
  // sketchSimilarity subtracts that chance, so the estimate stays unbiased.
  const fingerprint = new Uint8Array(SKETCH_SLOTS);
  for (let s = 0; s < SKETCH_SLOTS; s++) fingerprint[s] = mix(sketch[s] as number) & FINGERPRINT_MASK;
  return fingerprint;
}

/** The distinct shingle hashes of texts read as one, sorted: the set a sketch approximates. */
export function shingleSet(texts: readonly string[]): Uint32Array {
  const count = shingles(texts);
  const sorted = SHINGLES.slice(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] as number;
  return sorted.slice(0, unique);
}

/** Exact Jaccard similarity of two shingle sets (shingleSet); two empty texts count as the same. */
export function setSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/** Exact Jaccard similarity of two texts' shingle sets: what sketchSimilarity estimates. */
export function exactSimilarity(a: readonly string[], b: readonly string[]): number {
  return setSimilarity(shingleSet(a), shingleSet(b));
}

/** Distinct shingles per example are at most MAX_SKETCH_CHARS; tables stay under half full. */
const COMPARE_TABLE_SLOTS = 8192;

/**
 * A set of shingle hashes in a reused open-addressing table. Occupancy is marked with a generation
 * stamp, so emptying it is one increment: a check compares hundreds of thousands of candidate pairs
 * and must not allocate (or sort) per pair.
 */
class ShingleTable {
  private readonly hashes = new Uint32Array(COMPARE_TABLE_SLOTS);
  private readonly stamps = new Uint32Array(COMPARE_TABLE_SLOTS);
  private generation = 0;
  size = 0;

  clear(): void {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamps.fill(0); // after 2^32 clears, old stamps could look current
      this.generation = 1;
    }
    this.size = 0;
  }

  /** Adds `hash`; false if it was already there. */
  add(hash: number): boolean {
    const mask = COMPARE_TABLE_SLOTS - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.generation) {
        this.stamps[i] = this.generation;
        this.hashes[i] = hash;
        this.size++;
        return true;
      }
      if (this.hashes[i] === hash) return false;
    }
  }

  has(hash: number): boolean {
    const mask = COMPARE_TABLE_SLOTS - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.generation) return false;
      if (this.hashes[i] === hash) return true;
    }
  }
}

/**
 * Exact Jaccard similarity of one example's shingles (set once) against other examples' (streamed):
 * what the checker uses to confirm sketch candidates. Same result as setSimilarity(shingleSet(…)).
 */
export class ShingleComparer {
  private readonly own = new ShingleTable();
  private readonly other = new ShingleTable();

  constructor() {
    this.own.clear();
  }

  setOwn(texts: readonly string[]): void {
    this.fillOwn(shingles(texts));
  }

  /**
   * setOwn for the texts just sketched, from the shingles sketchTexts left in the shared buffer: the
   * checker compares an example exactly right after sketching it, and need not read its text again.
   */
  setOwnFromLastSketch(): void {
    if (lastSketchCount < 0) throw new Error('setOwnFromLastSketch: the shingle buffer was reused');
    this.fillOwn(lastSketchCount);
  }

  private fillOwn(count: number): void {
    this.own.clear();
    for (let i = 0; i < count; i++) this.own.add(SHINGLES[i] as number);
  }

  similarityTo(texts: readonly string[]): number {
    return this.similarityToShingles(SHINGLES.subarray(0, shingles(texts)));
  }

  /** similarityTo for shingles already computed (shingleHashes), e.g. kept for an often-met example. */
  similarityToShingles(hashes: Uint32Array): number {
    const other = this.other;
    const own = this.own;
    other.clear();
    let common = 0;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i] as number;
      if (other.add(hash) && own.has(hash)) common++;
    }
    if (own.size === 0 && other.size === 0) return 1;
    return common / (own.size + other.size - common);
  }
}

const FINGERPRINT_MASK = 0xff;
/** How often two unequal minima share their low 8 bits. */
const CHANCE_AGREEMENT = 1 / (FINGERPRINT_MASK + 1);

/**
 * Estimated Jaccard similarity from the share of agreeing slots, with the standard b-bit MinHash
 * correction (Li & König, for a large shingle universe): P(agree) = J + (1 − J) / 2^b, so
 * J = (P − 2^−b) / (1 − 2^−b). Identical sketches give exactly 1.
 */
export function sketchSimilarity(a: ArrayLike<number>, b: ArrayLike<number>, bOffset = 0): number {
  let same = 0;
  for (let i = 0; i < SKETCH_SLOTS; i++) if (a[i] === b[bOffset + i]) same++;
  const agreement = same / SKETCH_SLOTS;
  return Math.max(0, (agreement - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT));
}

const SKETCHES_PER_CHUNK = 4096;

/** 32-bit key of band `b` of a sketch stored at `offset` of `store`; the band number is mixed in. */
function bandKey(store: ArrayLike<number>, offset: number, b: number): number {
  let h = 0x9747b28c ^ b;
  for (let r = 0; r < ROWS; r++) h = mix(h ^ (store[offset + b * ROWS + r] as number));
  return h;
}

/**
 * Remembers sketches (32 bytes per example, in fixed-size chunks) and, per band, which example first
 * had each band key. The band tables store only ids (4 bytes a slot): a key is rebuilt from the
 * stored sketch when needed, which keeps the check's largest structure small.
 */
export class NearDuplicateIndex {
  private readonly chunks: Uint8Array[] = [];
  private count = 0;
  private readonly bands: RecomputedKeyTable[] = Array.from(
    { length: BANDS },
    (_, b) => new RecomputedKeyTable((id) => bandKey(this.chunkOf(id), this.offsetOf(id), b)),
  );

  private chunkOf(id: number): Uint8Array {
    return this.chunks[Math.floor(id / SKETCHES_PER_CHUNK)] as Uint8Array;
  }

  private offsetOf(id: number): number {
    return (id % SKETCHES_PER_CHUNK) * SKETCH_SLOTS;
  }

  /** Adds a sketch under the next id (0, 1, 2…) and returns the most similar earlier match, if any. */
  add(sketch: Uint8Array): { match: number; similarity: number } | null {
    return this.addAndPropose(sketch, NEAR_DUPLICATE_THRESHOLD)[0] ?? null;
  }

  /**
   * Adds a sketch under the next id and returns the earlier ids that share a band with it and whose
   * estimated similarity is at least `minEstimate`, most similar first (at most one per band).
   */
  addAndPropose(sketch: Uint8Array, minEstimate: number): { match: number; similarity: number }[] {
    const id = this.count++;
    if (id % SKETCHES_PER_CHUNK === 0) this.chunks.push(new Uint8Array(SKETCH_SLOTS * SKETCHES_PER_CHUNK));
    this.chunkOf(id).set(sketch, this.offsetOf(id));
    const found: { match: number; similarity: number }[] = [];
    for (let b = 0; b < BANDS; b++) {
      const other = (this.bands[b] as RecomputedKeyTable).findOrInsert(bandKey(sketch, 0, b), id);
      if (other === -1 || found.some((f) => f.match === other)) continue;
      const similarity = sketchSimilarity(sketch, this.chunkOf(other), this.offsetOf(other));
      if (similarity >= minEstimate) found.push({ match: other, similarity });
    }
    return found.sort((x, y) => y.similarity - x.similarity);
  }
}
