// Traditional and Simplified Chinese in one project: a model trained on both answers in a mix of the two
// (發 and 发 in one reply), which readers of either find careless. Each example is classified by the
// characters that exist in only one script, taken from OpenCC's own tables (opencc-js, the maintained
// converter): a character OpenCC changes when converting Simplified → Traditional is Simplified, one it
// changes Traditional → Simplified is Traditional. Characters OpenCC keeps unchanged in any phrase of
// its phrase tables (后 in 皇后, 台 in 台北, 里 in 公里, 乾 in 乾隆) are valid in both scripts and prove
// nothing, so they are left out. Only characters of the Basic Multilingual Plane are looked at: the rare
// ones beyond it never decide an example.
import stCharacters from 'opencc-js/dict/STCharacters';
import stPhrases from 'opencc-js/dict/STPhrases';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import tsPhrases from 'opencc-js/dict/TSPhrases';

export type ChineseScript = 'traditional' | 'simplified';

const TRADITIONAL = 1;
const SIMPLIFIED = 2;

/**
 * Script-distinct characters an example needs before it counts as written in a script: one could be a
 * quoted name or a brand; two or more in the same script are writing.
 */
export const MIN_SCRIPT_CHARACTERS = 2;
/** Share of its script-distinct characters the leading script must have (a quote in the other is fine). */
export const SCRIPT_MAJORITY = 0.8;

const entries = (dictionary: string) => dictionary.split('|').map((entry) => entry.split(' '));

/**
 * Characters some phrase of the table keeps as they are: they belong to both scripts. Compared by UTF-16
 * code unit (49,000 phrases, read once per worker); a phrase whose conversion changes its length is skipped.
 */
function keptInPhrases(dictionary: string): Set<string> {
  const kept = new Set<string>();
  for (const entry of dictionary.split('|')) {
    const space = entry.indexOf(' ');
    if (space <= 0) continue;
    const from = entry.slice(0, space);
    for (const target of entry.slice(space + 1).split(' ')) {
      if (target.length !== from.length) continue;
      for (let i = 0; i < from.length; i++) if (target[i] === from[i]) kept.add(from[i] as string);
    }
  }
  return kept;
}

let table: Uint8Array | null = null;

/** Code unit → TRADITIONAL | SIMPLIFIED | 0; built on first use (about 50 ms, once per worker). */
function scriptTable(): Uint8Array {
  if (table) return table;
  const out = new Uint8Array(0x10000);
  const mark = (dictionary: string, kept: Set<string>, value: number) => {
    for (const [from] of entries(dictionary)) {
      if (!from || from.length !== 1 || kept.has(from)) continue;
      const code = from.charCodeAt(0);
      // A character both tables claim (a handful) is left undecided.
      out[code] = out[code] === 0 ? value : 0xff;
    }
  };
  mark(stCharacters, keptInPhrases(stPhrases), SIMPLIFIED);
  mark(tsCharacters, keptInPhrases(tsPhrases), TRADITIONAL);
  for (let i = 0; i < out.length; i++) if (out[i] === 0xff) out[i] = 0;
  table = out;
  return out;
}

/** Counts of script-distinct characters in texts. */
export function scriptCharacters(texts: readonly string[]): { traditional: number; simplified: number } {
  let traditional = 0;
  let simplified = 0;
  let lookup: Uint8Array | null = null;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x3400) continue; // Latin, punctuation, kana: never script-distinct
      lookup ??= scriptTable();
      const script = lookup[code];
      if (script === TRADITIONAL) traditional++;
      else if (script === SIMPLIFIED) simplified++;
    }
  }
  return { traditional, simplified };
}

/** The script an example is mostly written in, or null (no Chinese, too little, or an even mix). */
export function scriptOf(texts: readonly string[]): ChineseScript | null {
  const { traditional, simplified } = scriptCharacters(texts);
  const total = traditional + simplified;
  if (total < MIN_SCRIPT_CHARACTERS) return null;
  if (traditional >= total * SCRIPT_MAJORITY) return 'traditional';
  if (simplified >= total * SCRIPT_MAJORITY) return 'simplified';
  return null;
}

export interface ScriptMinority {
  /** The script fewer examples are written in: these examples are the ones to convert. */
  minority: ChineseScript;
  traditional: number;
  simplified: number;
  /** Example indexes written in the minority script, in order (at most the cap given to the tally). */
  examples: number[];
}

/**
 * Counts examples per script for the whole set, keeping the first `keep` example indexes of each (the
 * issue list is capped anyway), so memory stays bounded for any file size.
 */
export class ScriptTally {
  private readonly counts = { traditional: 0, simplified: 0 };
  private readonly first: Record<ChineseScript, number[]> = { traditional: [], simplified: [] };
  /** Which script appeared first: on a tie the other one is called the minority. */
  private leader: ChineseScript | null = null;

  constructor(private readonly keep: number) {}

  add(index: number, texts: readonly string[]): void {
    const script = scriptOf(texts);
    if (!script) return;
    this.counts[script]++;
    this.leader ??= script;
    if (this.first[script].length < this.keep) this.first[script].push(index);
  }

  /** The minority when both scripts are present, else null. */
  minority(): ScriptMinority | null {
    const { traditional, simplified } = this.counts;
    if (traditional === 0 || simplified === 0) return null;
    const minority: ChineseScript =
      traditional === simplified
        ? this.leader === 'traditional'
          ? 'simplified'
          : 'traditional'
        : traditional < simplified
          ? 'traditional'
          : 'simplified';
    return { minority, traditional, simplified, examples: this.first[minority] };
  }
}
