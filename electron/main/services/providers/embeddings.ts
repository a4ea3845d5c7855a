// What every adapter's `embed` shares (issue 16): texts split into requests of at most the provider's
// batch limit, vectors put back in the texts' order, billed tokens summed, and each vector brought to the
// length the caller asked for. Notes keep one vector length per collection (the index's 512), so a model
// that returns another length is fitted here, the same way for every vector of that model:
//  - shorter: zero-padded (dot products, and so cosine similarity, are unchanged);
//  - longer, Matryoshka-trained (Qwen3-Embedding, text-embedding-3): the first N dimensions, renormalized,
//    which is what those models are trained to allow;
//  - longer, other models (bge): a fixed random projection to N dimensions (seeded by the two lengths, so
//    every vector of a collection goes through the same matrix), renormalized; similarities are kept within
//    a few percent (Johnson-Lindenstrauss), tested in tests/unit/providers/embeddings.test.ts.
import { appError } from '../../../../shared/ipc/errors';
import type { EmbedResult } from './Provider';

export type Reduction = 'truncate' | 'project';

/** One request's answer in the OpenAI shape (index, vector) plus the tokens it billed. */
export interface EmbedPage {
  data: { index: number; embedding: ArrayLike<number> }[];
  tokens: number;
}

function unit(vector: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += (vector[i] as number) ** 2;
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) / norm;
  return vector;
}

/** mulberry32: a small seeded generator, so the projection matrix is the same in every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const projections = new Map<string, Float32Array>();

/** A `to × from` matrix of ±1/√to entries (Achlioptas), built once per pair of lengths. */
function projection(from: number, to: number): Float32Array {
  const key = `${from}>${to}`;
  let matrix = projections.get(key);
  if (!matrix) {
    const random = seeded(from * 65_537 + to);
    const scale = 1 / Math.sqrt(to);
    matrix = new Float32Array(from * to);
    for (let i = 0; i < matrix.length; i++) matrix[i] = random() < 0.5 ? -scale : scale;
    projections.set(key, matrix);
  }
  return matrix;
}

/** `vector` at length `target`, as the header explains; unchanged (as Float32Array) when already that long. */
export function fitDimensions(vector: ArrayLike<number>, target: number, reduce: Reduction): Float32Array {
  const from = vector.length;
  if (from === target) return Float32Array.from(vector);
  if (from < target) {
    const padded = new Float32Array(target);
    padded.set(Float32Array.from(vector));
    return padded;
  }
  if (reduce === 'truncate') return unit(Float32Array.from(Array.prototype.slice.call(vector, 0, target)));
  const matrix = projection(from, target);
  const out = new Float32Array(target);
  for (let r = 0; r < target; r++) {
    let sum = 0;
    const row = r * from;
    for (let c = 0; c < from; c++) sum += (matrix[row + c] as number) * (vector[c] as number);
    out[r] = sum;
  }
  return unit(out);
}

/**
 * Embeds `texts` in requests of at most `batchLimit`, in order (one request at a time, so a cancel stops
 * between requests and a rate limit is met once). `send` makes one request; its vectors are fitted to
 * `dimensions` when given.
 */
export async function embedInBatches(
  texts: readonly string[],
  options: { batchLimit: number; dimensions?: number; reduce: Reduction },
  send: (batch: string[]) => Promise<EmbedPage>,
): Promise<EmbedResult> {
  const vectors = new Array<Float32Array>(texts.length);
  let tokens = 0;
  for (let start = 0; start < texts.length; start += options.batchLimit) {
    const batch = texts.slice(start, start + options.batchLimit);
    const page = await send(batch);
    tokens += page.tokens;
    for (const item of page.data) {
      if (item.index < 0 || item.index >= batch.length) throw appError('server_error');
      const vector = Float32Array.from(item.embedding);
      vectors[start + item.index] =
        options.dimensions === undefined ? vector : fitDimensions(vector, options.dimensions, options.reduce);
    }
  }
  // A provider that left a text out has not answered the request; never store a hole as a vector.
  for (let i = 0; i < texts.length; i++) if (!vectors[i]) throw appError('server_error');
  return { vectors, tokens };
}
