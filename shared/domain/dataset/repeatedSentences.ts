// An answer that says the same sentence again and again ("Thank you for your patience." five times) teaches
// the model to loop, the best-known way generated text goes wrong. Answers are split into sentences at
// the sentence ends of both scripts the app's users write: Chinese 。！？ (full width) and Latin . ! ?
// (a Latin full stop only before a space, a line break, CJK text or the end, so "3.5" and "v1.2" stay
// whole), and at line breaks, because lists and signatures put one sentence per line without a stop.

/**
 * Times the same sentence must appear in one answer to be reported. Twice is often meant (a greeting
 * echoed in a sign-off, "Yes." in a short list, a repeated warning for emphasis); three times in one
 * answer almost never is, and it is the smallest loop a model visibly copies.
 */
export const REPEATED_SENTENCE_MIN_TIMES = 3;

/** Characters of the sentence kept in the issue, enough to recognise it, not the whole answer. */
const PREVIEW_CHARS = 60;

export interface RepeatedSentence {
  sentence: string;
  times: number;
}

const isCjk = (code: number) => code >= 0x3000 && code <= 0x9fff;
const isSpace = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a || code === 0x3000;

/** Where a sentence ends at index i (the terminator itself), or false. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // 。！？ ! ? and line breaks always end a sentence.
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a) return true;
  if (c !== 0x2e) return false;
  if (i + 1 >= text.length) return true;
  const next = text.charCodeAt(i + 1);
  return isSpace(next) || isCjk(next);
}

/** Closing punctuation and spaces that do not make two sentences different ("Thanks." / "Thanks!"). */
const isTrailing = (code: number) =>
  isSpace(code) ||
  code === 0x2e ||
  code === 0x21 ||
  code === 0x3f ||
  code === 0x3002 ||
  code === 0xff01 ||
  code === 0xff1f ||
  code === 0x2026;

/** Numbering ("1", "2)"), emoji and lone symbols are not sentences: a sentence has two letters or more. */
const hasTwoLetters = (sentence: string) => (sentence.match(/\p{L}/gu)?.length ?? 0) >= 2;

/** Sentences per answer up to which repeats are counted by comparing hashes pairwise, without a Map. */
const PAIRWISE_UP_TO = 64;

// Per-sentence start, end and hash of the answer being looked at, reused from call to call (grown when an
// answer has more sentences): this runs on every answer of files with hundreds of thousands of examples.
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let hashes = new Int32Array(256);

function grow(): void {
  const size = starts.length * 2;
  const copy = (from: Int32Array) => {
    const to = new Int32Array(size);
    to.set(from);
    return to;
  };
  starts = copy(starts);
  ends = copy(ends);
  hashes = copy(hashes);
}

/**
 * The sentence repeated most often in one answer, when it appears REPEATED_SENTENCE_MIN_TIMES or more;
 * null otherwise. One pass makes no strings: each sentence is hashed (FNV-1a over UTF-16 code units) as
 * it is read, without its leading spaces and its closing punctuation and spaces (so "Thanks." and
 * "Thanks!" are one sentence); hashes are counted, and only sentences whose hash repeats often enough are
 * cut out and compared as text.
 */
export function mostRepeatedSentence(answer: string): RepeatedSentence | null {
  let n = 0;
  let start = -1; // first kept character of the current sentence, -1 before it
  let lastKept = -1; // last character that is not closing punctuation or space
  let hash = 0;
  let keptHash = 0;
  const length = answer.length;
  for (let i = 0; i <= length; i++) {
    const atEnd = i === length;
    if (!atEnd) {
      const c = answer.charCodeAt(i);
      if (start < 0 && isSpace(c)) continue;
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ c, 0x01000193);
      if (!isTrailing(c)) {
        lastKept = i;
        keptHash = hash;
      }
      if (!endsSentence(answer, i)) continue;
    }
    if (start >= 0 && lastKept >= start) {
      if (n === starts.length) grow();
      starts[n] = start;
      ends[n] = lastKept + 1;
      hashes[n] = keptHash;
      n++;
    }
    start = -1;
    lastKept = -1;
  }
  if (n < REPEATED_SENTENCE_MIN_TIMES) return null;
  const candidates = new Set<number>();
  if (n <= PAIRWISE_UP_TO) {
    for (let i = 0; i < n; i++) {
      let times = 1;
      for (let j = i + 1; j < n; j++) if (hashes[j] === hashes[i]) times++;
      if (times >= REPEATED_SENTENCE_MIN_TIMES) candidates.add(hashes[i] as number);
    }
  } else {
    const times = new Map<number, number>();
    for (let i = 0; i < n; i++) times.set(hashes[i] as number, (times.get(hashes[i] as number) ?? 0) + 1);
    for (const [h, count] of times) if (count >= REPEATED_SENTENCE_MIN_TIMES) candidates.add(h);
  }
  if (candidates.size === 0) return null;
  // Rare path: the texts behind repeated hashes, compared for real (a hash collision is not a repeat).
  const texts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (!candidates.has(hashes[i] as number)) continue;
    const text = answer.slice(starts[i], ends[i]);
    texts.set(text, (texts.get(text) ?? 0) + 1);
  }
  let best: RepeatedSentence | null = null;
  for (const [sentence, times] of texts)
    if (times >= REPEATED_SENTENCE_MIN_TIMES && (!best || times > best.times) && hasTwoLetters(sentence))
      best = { sentence, times };
  if (!best) return null;
  const preview =
    best.sentence.length > PREVIEW_CHARS ? `${best.sentence.slice(0, PREVIEW_CHARS)}…` : best.sentence;
  return { sentence: preview, times: best.times };
}
