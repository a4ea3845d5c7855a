// Search over up to 100,000 passages, exact enough and fast enough without a vector database (issue 16
// §3; chosen by measurement in bench/notesSearch.ts). Two stages:
//  1. a scan of every passage in compact form: each vector scaled to int8 (1 byte a dimension, with its
//     own scale), scored against the query quantized the same way, in integer arithmetic; the best
//     `candidates` rows are kept in a small heap;
//  2. those candidates are re-scored with their full float vectors (read from the vectors file, so they
//     need no memory) and the top k returned.
// Int8 keeps a quarter of float32's memory with a worst-case error of half a step per dimension; the
// float re-rank puts the true neighbours back in their exact order, so recall against exact float
// search stays high while the scan reads 4× fewer bytes.

export interface SearchHit {
  row: number;
  score: number;
}

/** Reads the float vectors of the given rows (the store's file, or an array in tests). */
export type FloatRows = (rows: readonly number[]) => Float32Array[];

function signBits(vector: ArrayLike<number>, out: Uint32Array, offset: number): void {
  for (let j = 0; j < vector.length; j++) {
    if ((vector[j] as number) > 0)
      out[offset + (j >>> 5)] = ((out[offset + (j >>> 5)] as number) | (1 << (j & 31))) >>> 0;
  }
}

function quantize(vector: ArrayLike<number>, out: Int8Array, offset: number): number {
  let max = 0;
  for (let j = 0; j < vector.length; j++) max = Math.max(max, Math.abs(vector[j] as number));
  const scale = max === 0 ? 1 : max / 127;
  for (let j = 0; j < vector.length; j++) out[offset + j] = Math.round((vector[j] as number) / scale);
  return scale;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] as number) * (b[j] as number);
  return sum;
}

/** Unit length, as cosine similarity needs (OpenAI's vectors already are; a reduced one is not). */
export function normalize(vector: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(vector);
  const norm = Math.sqrt(dot(out, out)) || 1;
  for (let j = 0; j < out.length; j++) out[j] = (out[j] as number) / norm;
  return out;
}

/** A bounded min-heap of (score, row): the `size` best seen so far, worst on top. */
class TopK {
  readonly scores: Float64Array;
  readonly rows: Int32Array;
  length = 0;
  constructor(readonly size: number) {
    this.scores = new Float64Array(size);
    this.rows = new Int32Array(size);
  }
  get floor(): number {
    return this.length < this.size ? -Infinity : (this.scores[0] as number);
  }
  push(score: number, row: number): void {
    const s = this.scores;
    const r = this.rows;
    let i: number;
    if (this.length < this.size) {
      i = this.length++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((s[parent] as number) <= score) break;
        s[i] = s[parent] as number;
        r[i] = r[parent] as number;
        i = parent;
      }
    } else {
      if (score <= (s[0] as number)) return;
      i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= this.size) break;
        const right = left + 1;
        const child = right < this.size && (s[right] as number) < (s[left] as number) ? right : left;
        if ((s[child] as number) >= score) break;
        s[i] = s[child] as number;
        r[i] = r[child] as number;
        i = child;
      }
    }
    s[i] = score;
    r[i] = row;
  }
  rowsBestFirst(): number[] {
    return Array.from({ length: this.length }, (_, i) => i)
      .sort((a, b) => (this.scores[b] as number) - (this.scores[a] as number))
      .map((i) => this.rows[i] as number);
  }
}

export class CompactIndex {
  private codes: Int8Array;
  private scales: Float32Array;
  /** Sign bits, 32 dimensions a word: the first-stage filter (Hamming distance approximates the angle). */
  private bits: Uint32Array;
  private readonly words: number;
  private count = 0;

  constructor(
    readonly dimensions: number,
    capacity = 1024,
  ) {
    this.words = Math.ceil(dimensions / 32);
    this.codes = new Int8Array(capacity * dimensions);
    this.scales = new Float32Array(capacity);
    this.bits = new Uint32Array(capacity * this.words);
  }

  get size(): number {
    return this.count;
  }

  /** Bytes held by the index (codes and scales); the float vectors stay on disk. */
  get bytes(): number {
    return this.codes.byteLength + this.scales.byteLength + this.bits.byteLength;
  }

  /** Appends one vector; its row number is the returned index. */
  add(vector: ArrayLike<number>): number {
    if (vector.length !== this.dimensions) throw new Error(`expected ${this.dimensions} dimensions`);
    if (this.count === this.scales.length) this.grow(Math.max(1024, this.count * 2));
    this.scales[this.count] = quantize(vector, this.codes, this.count * this.dimensions);
    signBits(vector, this.bits, this.count * this.words);
    return this.count++;
  }

  /** Room for `capacity` rows without further copies (a store opening 100,000 vectors knows the count). */
  reserve(capacity: number): void {
    if (capacity > this.scales.length) this.grow(capacity);
  }

  private grow(capacity: number): void {
    const codes = new Int8Array(capacity * this.dimensions);
    codes.set(this.codes.subarray(0, this.count * this.dimensions));
    const scales = new Float32Array(capacity);
    scales.set(this.scales.subarray(0, this.count));
    const bits = new Uint32Array(capacity * this.words);
    bits.set(this.bits.subarray(0, this.count * this.words));
    this.codes = codes;
    this.scales = scales;
    this.bits = bits;
  }

  /** Stage 0: the `candidates` rows with the fewest sign disagreements with the query. */
  scanBits(query: ArrayLike<number>, candidates: number, allowed?: (row: number) => boolean): number[] {
    const w = this.words;
    const q = new Uint32Array(w);
    signBits(query, q, 0);
    const bits = this.bits;
    const heap = new TopK(Math.max(1, Math.min(candidates, this.count)));
    for (let row = 0, base = 0; row < this.count; row++, base += w) {
      let same = 0;
      for (let j = 0; j < w; j++) {
        let v = ~((q[j] as number) ^ (bits[base + j] as number));
        v -= (v >>> 1) & 0x55555555;
        v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
        same += Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
      }
      if (same > heap.floor && (!allowed || allowed(row))) heap.push(same, row);
    }
    return heap.rowsBestFirst();
  }

  /** Int8 scores of the given rows only. */
  private rescore(query: Int8Array, rows: readonly number[], candidates: number): number[] {
    const d = this.dimensions;
    const heap = new TopK(Math.max(1, Math.min(candidates, rows.length)));
    for (const row of rows) {
      let sum = 0;
      const base = row * d;
      for (let j = 0; j < d; j++) sum += (query[j] as number) * (this.codes[base + j] as number);
      heap.push(sum * (this.scales[row] as number), row);
    }
    return heap.rowsBestFirst();
  }

  /** Stage 1: the `candidates` rows whose int8 score is highest, best first. */
  scan(query: ArrayLike<number>, candidates: number, allowed?: (row: number) => boolean): number[] {
    const d = this.dimensions;
    const q = new Int8Array(d);
    quantize(query, q, 0);
    const codes = this.codes;
    const heap = new TopK(Math.max(1, Math.min(candidates, this.count)));
    for (let row = 0, base = 0; row < this.count; row++, base += d) {
      let sum = 0;
      for (let j = 0; j < d; j++) sum += (q[j] as number) * (codes[base + j] as number);
      const score = sum * (this.scales[row] as number);
      if (score > heap.floor && (!allowed || allowed(row))) heap.push(score, row);
    }
    return heap.rowsBestFirst();
  }

  /** Stages 1 and 2: the k best rows by exact cosine among the int8 scan's candidates. */
  search(
    query: ArrayLike<number>,
    k: number,
    floats: FloatRows,
    options: { candidates?: number; prefilter?: number; allowed?: (row: number) => boolean } = {},
  ): SearchHit[] {
    const unit = normalize(query);
    const candidates = Math.max(k, options.candidates ?? 64);
    let rows: number[];
    if (options.prefilter && options.prefilter < this.count) {
      const q = new Int8Array(this.dimensions);
      quantize(unit, q, 0);
      rows = this.rescore(q, this.scanBits(unit, options.prefilter, options.allowed), candidates);
    } else rows = this.scan(unit, candidates, options.allowed);
    const vectors = floats(rows);
    return rows
      .map((row, i) => ({ row, score: dot(unit, vectors[i] as Float32Array) }))
      .sort((a, b) => b.score - a.score || a.row - b.row)
      .slice(0, k);
  }
}

/** Exact float search over every vector: the reference recall is measured against, and the small-n path. */
export function exactSearch(
  vectors: Float32Array,
  dimensions: number,
  query: ArrayLike<number>,
  k: number,
): SearchHit[] {
  const unit = normalize(query);
  const heap = new TopK(k);
  const n = vectors.length / dimensions;
  for (let row = 0; row < n; row++) {
    let sum = 0;
    const base = row * dimensions;
    for (let j = 0; j < dimensions; j++) sum += (unit[j] as number) * (vectors[base + j] as number);
    heap.push(sum, row);
  }
  return heap
    .rowsBestFirst()
    .map((row) => ({ row, score: dot(unit, vectors.subarray(row * dimensions, (row + 1) * dimensions)) }));
}
