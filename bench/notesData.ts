// Synthetic embeddings for the notes search bench: unit vectors around topic centres, five passages a
// topic (passages of one document resemble each other, as real embeddings of a price list or FAQ do;
// fewer per topic makes the top 5 closer to ties, the hard case for a prefilter), and questions that
// are noisy copies of a passage, so every question has near neighbours the way a real question has
// the passage that answers it. Seeded, so every run measures the same data.
import { seededRandom } from '../shared/domain/random';

export function gaussian(random: () => number): () => number {
  return () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

function unitInto(out: Float32Array, offset: number, d: number): void {
  let norm = 0;
  for (let j = 0; j < d; j++) norm += (out[offset + j] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < d; j++) out[offset + j] = (out[offset + j] as number) / norm;
}

export function syntheticPassages(n: number, d: number, seed = 16, topics = Math.ceil(n / 5)): Float32Array {
  const g = gaussian(seededRandom(seed));

  const centres = new Float32Array(topics * d);
  for (let i = 0; i < centres.length; i++) centres[i] = g();
  for (let t = 0; t < topics; t++) unitInto(centres, t * d, d);
  const out = new Float32Array(n * d);
  const spread = 1.2 / Math.sqrt(d);
  for (let i = 0; i < n; i++) {
    const t = Math.floor((i * 7919) % topics);
    for (let j = 0; j < d; j++) out[i * d + j] = (centres[t * d + j] as number) + g() * spread;
    unitInto(out, i * d, d);
  }
  return out;
}

export function syntheticQuestions(
  passages: Float32Array,
  d: number,
  count: number,
  seed = 61,
): Float32Array[] {
  const random = seededRandom(seed);
  const g = gaussian(random);
  const n = passages.length / d;
  return Array.from({ length: count }, () => {
    const row = Math.floor(random() * n);
    const q = new Float32Array(d);
    for (let j = 0; j < d; j++) q[j] = (passages[row * d + j] as number) + g() * (0.8 / Math.sqrt(d));
    unitInto(q, 0, d);
    return q;
  });
}
