// Text similarity without a model: bag-of-features vectors compared by cosine. Used by the practice
// service (to pick the training example closest to a question, and to build its embeddings) and by the
// Try page (to show how close a reply is to a reference). Pure and dependency-free on purpose, so the
// renderer can import it without pulling in the megabyte tokenizer tables.
//
// Why these features:
// - Latin-script text: whole words carry meaning, word pairs carry phrasing (and so a voice or style),
//   and character trigrams inside words forgive inflections and typos ("refund" ~ "refunds").
// - Chinese has no spaces, so "words" are approximated by character bigrams (most Chinese words are two
//   characters) plus single characters at a lower weight for the rest.
// - Emoji are kept as features: they are often the most visible marker of a brand's voice.
// Punctuation and letter case are ignored; the text is NFKC-normalised so full-width Latin letters and
// digits (common in Chinese input) match their ASCII forms.

export type FeatureVector = Map<string, number>;

const WEIGHTS = {
  word: 1,
  wordPair: 0.5,
  wordTrigram: 0.25,
  hanBigram: 1,
  hanChar: 0.4,
  emoji: 0.5,
} as const;

// Han ideographs plus kana, so Japanese sentences are split like Chinese rather than as one "word".
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// A run of CJK characters, a run of other letters/digits, or one emoji: the text's pieces in reading
// order. Han characters are letters too (\p{L}), so the second run excludes them explicitly; otherwise
// "A1234訂單" would be one Latin "word".
const PIECE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+|\p{Extended_Pictographic}/gu;

function add(features: FeatureVector, key: string, weight: number): void {
  features.set(key, (features.get(key) ?? 0) + weight);
}

function addWordTrigrams(features: FeatureVector, word: string): void {
  const padded = `<${word}>`;
  if (padded.length < 5) return; // words of 1-2 letters are already exact-matched as words
  for (let i = 0; i + 3 <= padded.length; i += 1)
    add(features, `t:${padded.slice(i, i + 3)}`, WEIGHTS.wordTrigram);
}

function addHanRun(features: FeatureVector, run: string): void {
  const chars = Array.from(run);
  for (let i = 0; i < chars.length; i += 1) {
    add(features, `c:${chars[i]}`, WEIGHTS.hanChar);
    if (i + 1 < chars.length) add(features, `b:${chars[i]}${chars[i + 1]}`, WEIGHTS.hanBigram);
  }
}

/** Normalised, lower-cased text pieces: Latin words, CJK runs and emoji, in order. */
export function textPieces(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(PIECE) ?? [];
}

/** The weighted feature bag of a text (see the header for why these features). */
export function textFeatures(text: string): FeatureVector {
  const features: FeatureVector = new Map();
  let previousWord: string | undefined;
  for (const piece of textPieces(text)) {
    if (CJK_CHAR.test(piece)) {
      addHanRun(features, piece);
      previousWord = undefined;
    } else if (/^\p{Extended_Pictographic}$/u.test(piece)) {
      add(features, `e:${piece}`, WEIGHTS.emoji);
      previousWord = undefined;
    } else {
      add(features, `w:${piece}`, WEIGHTS.word);
      addWordTrigrams(features, piece);
      if (previousWord !== undefined) add(features, `p:${previousWord} ${piece}`, WEIGHTS.wordPair);
      previousWord = piece;
    }
  }
  return features;
}

function sparseNorm(a: FeatureVector): number {
  let sum = 0;
  for (const value of a.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Cosine similarity of two feature bags; 0 when either is empty. */
export function sparseCosine(a: FeatureVector, b: FeatureVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, value] of small) dot += value * (large.get(key) ?? 0);
  const norms = sparseNorm(a) * sparseNorm(b);
  return norms === 0 ? 0 : dot / norms;
}

/** Cosine similarity of two dense vectors of equal length; 0 when either is all zeros. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`cosine: lengths differ (${a.length} vs ${b.length})`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/**
 * How alike two texts are, in [0, 1]: 1 for the same text up to case and punctuation, a little less for
 * the same words in another order (word pairs differ), 0 for nothing in common. Features are
 * non-negative, so the cosine never goes below 0. Two empty texts count as equal.
 */
export function textSimilarity(a: string, b: string): number {
  const fa = textFeatures(a);
  const fb = textFeatures(b);
  if (fa.size === 0 && fb.size === 0) return 1;
  return Math.min(1, sparseCosine(fa, fb));
}

/** Words for Latin text, character bigrams (or the single character) for CJK runs, emoji as themselves. */
function unitSet(text: string): Set<string> {
  const units = new Set<string>();
  for (const piece of textPieces(text)) {
    if (!CJK_CHAR.test(piece)) {
      units.add(piece);
      continue;
    }
    const chars = Array.from(piece);
    if (chars.length === 1) units.add(piece);
    for (let i = 0; i + 1 < chars.length; i += 1) units.add(`${chars[i]}${chars[i + 1]}`);
  }
  return units;
}

/**
 * Token-set F1 (the SQuAD-style overlap score): the harmonic mean of how much of `candidate` is in
 * `reference` and how much of `reference` is in `candidate`, over distinct words / CJK bigrams.
 * Easier to explain to a user than a cosine ("62% of the words match").
 */
export function tokenSetF1(candidate: string, reference: string): number {
  const c = unitSet(candidate);
  const r = unitSet(reference);
  if (c.size === 0 && r.size === 0) return 1;
  if (c.size === 0 || r.size === 0) return 0;
  let common = 0;
  for (const unit of c) if (r.has(unit)) common += 1;
  if (common === 0) return 0;
  const precision = common / c.size;
  const recall = common / r.size;
  return (2 * precision * recall) / (precision + recall);
}
