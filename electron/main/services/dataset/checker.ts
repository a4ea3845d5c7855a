// The incremental checker: readers feed it one record at a time and it keeps only what set-level checks
// need (hashes, sketches, per-example token counts), never the examples themselves. The same class
// serves files streamed from disk and examples already in memory (the editor), so both give one report.
import type { ChatExample } from '../../../../shared/domain/chat';
import { countExampleTokenParts } from '../../../../shared/domain/tokens';
import { autoEpochs, billedTokensPerEpoch } from '../../../../shared/domain/epochs';
import { trainingCost } from '../../../../shared/domain/pricing/cost';
import type { PriceOverride, ProviderId } from '../../../../shared/domain/pricing/catalog';
import {
  makeIssue,
  type DatasetIssue,
  type IssueCode,
  type IssueParams,
} from '../../../../shared/domain/dataset/codes';
import {
  checkExampleFormat,
  isLegacyPromptCompletion,
  legacyToChat,
} from '../../../../shared/domain/dataset/formatChecks';
import { scanText, redactedPreview, type TextFindingCode } from '../../../../shared/domain/dataset/textScan';
import {
  NEAR_DUPLICATE_THRESHOLD,
  NearDuplicateIndex,
  nearDuplicateTexts,
  ShingleComparer,
  shingleHashes,
  sketchTexts,
} from '../../../../shared/domain/dataset/nearDup';
import { mostRepeatedSentence } from '../../../../shared/domain/dataset/repeatedSentences';
import { ScriptTally } from '../../../../shared/domain/dataset/chineseScript';
import { IntKeyTable, IntList, SmallUintList } from '../../../../shared/domain/dataset/compactStore';
import { exampleHash, hash53 } from '../../../../shared/domain/dataset/identity';
import { distribution, distributionOf, tokenHistogram } from '../../../../shared/domain/dataset/stats';
import type { DatasetReport, EncodingGuess, SourceFormat } from '../../../../shared/domain/dataset/report';
import { DEFAULT_MODEL, resolveModelLimits, type ModelLimits } from './modelLimits';

export const MIN_EXAMPLES = 10;
export const RECOMMENDED_EXAMPLES = 50;
export const DEFAULT_ISSUE_CAP = 1000;
/**
 * Sketch estimate from which a candidate pair is compared exactly when the earlier example can be read
 * back: the threshold itself, so every pair the estimate would report is confirmed (or dropped) and
 * reported with its exact similarity. A lower floor would also rescue pairs the estimate puts just
 * under (32 slots have a standard error of ~0.07 there), but each exact comparison reads the earlier
 * line back (a pread, ~10 µs on the 2-core test machine) and the 100 MB bench file, built from a small
 * pool of sentences, has 3.6× as many candidates from 0.6 as from 0.7: near-duplicate CPU per 100 MB
 * +0.7 s at 0.7, +1.5 s at 0.65, +2.3 s at 0.6, against a check/parse budget of 1.5×.
 */
export const EXACT_CHECK_FROM_ESTIMATE = NEAR_DUPLICATE_THRESHOLD;
/** Earlier examples whose shingles are kept for exact comparisons (see comparedShinglesAt). */
const COMPARED_CACHE_SLOTS = 1024;

export interface CheckOptions {
  provider?: ProviderId;
  model?: string;
  /** A number the user set, or 'auto' for the cookbook heuristic. */
  epochs?: number | 'auto';
  priceOverrides?: Readonly<Record<string, PriceOverride>>;
  /** Issues kept per code; counts stay exact beyond it. */
  issueCap?: number;
  /** Exact-example hashes of the validation file with their lines, to find train/validation overlap. */
  overlapWith?: ReadonlyMap<number, number>;
}

const listDistribution = (list: SmallUintList) => distributionOf(list.length, (i) => list.get(i));

export class DatasetChecker {
  readonly limits: ModelLimits;
  private readonly issueCap: number;
  private readonly issues: DatasetIssue[] = [];
  private readonly counts: Partial<Record<IssueCode, number>> = {};
  private readonly truncated = new Set<IssueCode>();
  // Per-example numbers and hashes live in typed arrays: a 512 MB file has ~750k examples. Counts
  // take 2 bytes each (SmallUintList keeps the rare larger value exactly); line numbers need 4.
  private readonly tokens = new SmallUintList();
  private readonly assistantTokens = new SmallUintList();
  private readonly messageCounts = new SmallUintList();
  private readonly lines = new IntList();
  /** Byte offset of each example's line in its file (-1: unknown), to read it back for exact comparisons. */
  private readonly offsets = new IntList();
  /** Gives an earlier record back by example index (undefined: it cannot), once a source offers it. */
  private recordAt: ((index: number) => unknown) | null = null;
  private readonly exactSeen = new IntKeyTable();
  /** Reply hash → first example index; stored as -(index + 2) once that first one has been reported. */
  private readonly replySeen = new IntKeyTable();
  private readonly nearIndex = new NearDuplicateIndex();
  private readonly comparer = new ShingleComparer();
  private readonly comparedCacheIndex = new Int32Array(COMPARED_CACHE_SLOTS).fill(-1);
  private readonly comparedCache: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(
    COMPARED_CACHE_SLOTS,
  );
  /** Maps the near-duplicate index's ids (dense) back to example indexes. */
  private readonly nearIds = new IntList();
  /** Examples per Chinese script, for the set-level mixed-scripts check. */
  private readonly scripts: ScriptTally;
  private missingSystem = 0;
  private missingUser = 0;
  private overLimit = 0;
  private records = 0;

  constructor(private readonly options: CheckOptions = {}) {
    this.limits = resolveModelLimits(
      options.provider ?? 'openai',
      options.model ?? DEFAULT_MODEL,
      options.priceOverrides,
    );
    this.issueCap = options.issueCap ?? DEFAULT_ISSUE_CAP;
    this.scripts = new ScriptTally(this.issueCap);
  }

  get exampleCount(): number {
    return this.records;
  }

  report(code: IssueCode, line: number | null, example: number | null, params?: IssueParams): void {
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    if ((this.counts[code] as number) > this.issueCap) {
      this.truncated.add(code);
      return;
    }
    this.issues.push(makeIssue(code, line, example, params));
  }

  /**
   * Near-duplicate candidates are then confirmed on the real texts and reported with their exact
   * similarity: `recordAt(index)` returns the record added as example `index` (undefined if it cannot).
   */
  recallRecordsWith(recordAt: (index: number) => unknown): void {
    this.recordAt = recordAt;
  }

  /** The same, for records added with their byte offset: `read(offset)` reads one back from the file. */
  rereadRecordsWith(read: (offset: number) => unknown): void {
    this.recallRecordsWith((index) => {
      const offset = this.offsets.get(index);
      return offset < 0 ? undefined : read(offset);
    });
  }

  /**
   * One parsed record (a JSONL line, an array element, a converted table row); returns its example
   * index. `offset` is the byte offset of its line when the source has one per record.
   */
  addRecord(value: unknown, line: number, offset?: number): number {
    const index = this.records++;
    this.lines.push(line);
    // IntList holds int32: offsets past 2 GB are simply not re-read (files are capped at 512 MB).
    this.offsets.push(offset !== undefined && offset <= 0x7fffffff ? offset : -1);
    let record = value;
    if (isLegacyPromptCompletion(value)) {
      this.report('legacy_prompt_completion', line, index);
      record = legacyToChat(value);
    }
    const format = checkExampleFormat(record);
    for (const f of format.findings) this.report(f.code, line, index, f.params);
    const example = format.example;
    if (!example) {
      this.tokens.push(0);
      this.assistantTokens.push(0);
      this.messageCounts.push(0);
      return index;
    }
    if (!format.hasSystem) {
      this.missingSystem++;
      this.report('missing_system_message', line, index);
    }
    if (!format.hasUser) {
      this.missingUser++;
      this.report('missing_user_message', line, index);
    }
    const { total, assistant } = countExampleTokenParts(example, this.limits.encoding);
    this.tokens.push(total);
    this.assistantTokens.push(assistant);
    this.messageCounts.push(example.messages.length);
    if (total > this.limits.maxTokensPerExample) {
      this.overLimit++;
      this.report('too_many_tokens', line, index, { tokens: total, limit: this.limits.maxTokensPerExample });
    }
    this.checkContent(example, line, index);
    this.checkRepeats(example, line, index);
    return index;
  }

  private checkContent(example: ChatExample, line: number, index: number): void {
    const seen = new Map<TextFindingCode, { turn: number; matches: number; preview: string }>();
    let untrimmedTurn = 0;
    let repeated: { sentence: string; times: number; turn: number } | null = null;
    const texts: string[] = [];
    example.messages.forEach((message, i) => {
      const content = message.content;
      if (typeof content !== 'string') return;
      texts.push(content);
      if (message.role === 'assistant') {
        const found = mostRepeatedSentence(content);
        if (found && (!repeated || found.times > repeated.times)) repeated = { ...found, turn: i + 1 };
      }
      if (
        message.role === 'assistant' &&
        content.trim() === '' &&
        !message.tool_calls &&
        !message.function_call
      ) {
        this.report('empty_assistant_reply', line, index, { turn: i + 1 });
      }
      if (untrimmedTurn === 0 && content !== '' && content !== content.trim()) untrimmedTurn = i + 1;
      for (const f of scanText(content)) {
        const entry = seen.get(f.code);
        if (entry) entry.matches++;
        else {
          const raw = content.slice(f.start, f.end);
          seen.set(f.code, {
            turn: i + 1,
            matches: 1,
            preview: f.code === 'special_token' ? raw : redactedPreview(raw),
          });
        }
      }
    });
    if (untrimmedTurn > 0) this.report('untrimmed_whitespace', line, index, { turn: untrimmedTurn });
    for (const [code, entry] of seen) this.report(code, line, index, entry);
    if (repeated) this.report('repeated_sentence', line, index, repeated);
    this.scripts.add(index, texts);
  }

  /** Each example written in the smaller script, with the counts of both; counted exactly past the cap. */
  private reportMixedScripts(): void {
    const mixed = this.scripts.minority();
    if (!mixed) return;
    const { minority, traditional, simplified, examples } = mixed;
    const params = { script: minority, traditional, simplified };
    for (const example of examples)
      this.report('mixed_chinese_scripts', this.lines.get(example), example, params);
    const all = minority === 'traditional' ? traditional : simplified;
    if (all > examples.length) {
      this.counts.mixed_chinese_scripts = all;
      this.truncated.add('mixed_chinese_scripts');
    }
  }

  private checkRepeats(example: ChatExample, line: number, index: number): void {
    const hash = exampleHash(example);
    const overlapLine = this.options.overlapWith?.get(hash);
    if (overlapLine !== undefined)
      this.report('train_validation_overlap', line, index, { otherLine: overlapLine });
    const first = this.exactSeen.get(hash);
    if (first !== -1) {
      this.report('duplicate_exact', line, index, { firstLine: this.lines.get(first), firstExample: first });
      return; // an exact copy is not also a near copy or a repeated reply
    }
    this.exactSeen.set(hash, index);
    const compared = nearDuplicateTexts(example);
    const near = this.nearestDuplicate(compared);
    this.nearIds.push(index);
    if (near) {
      this.report('duplicate_near', line, index, {
        firstLine: this.lines.get(near.example),
        firstExample: near.example,
        similarity: Math.round(near.similarity * 100),
      });
    }
    let lastReply: string | undefined;
    for (const m of example.messages) {
      if (m.role === 'assistant' && typeof m.content === 'string' && m.content.trim() !== '')
        lastReply = m.content;
    }
    if (lastReply !== undefined) this.checkReply(lastReply, line, index);
  }

  /**
   * The most similar earlier example at or above the threshold. Sketches propose candidates; when
   * earlier records can be read back, each candidate is compared exactly on its shingles, so the
   * similarity reported is the true one and a pair the estimate misjudges is neither missed nor
   * flagged. Without a way back (streamed CSV, XLSX, Q&A text), the estimate decides.
   */
  private nearestDuplicate(compared: readonly string[]): { example: number; similarity: number } | null {
    const exact = this.recordAt !== null;
    const candidates = this.nearIndex.addAndPropose(
      sketchTexts(compared),
      exact ? EXACT_CHECK_FROM_ESTIMATE : NEAR_DUPLICATE_THRESHOLD,
    );
    let best: { example: number; similarity: number } | null = null;
    // The example's own shingles are still in the sketch's buffer: no second pass over its text.
    if (exact && candidates.length > 0) this.comparer.setOwnFromLastSketch();
    for (const candidate of candidates) {
      const example = this.nearIds.get(candidate.match);
      let similarity = candidate.similarity;
      const other = exact ? this.comparedShinglesAt(example) : null;
      if (other) {
        similarity = this.comparer.similarityToShingles(other);
      } else if (exact && similarity < NEAR_DUPLICATE_THRESHOLD) continue;
      if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity))
        best = { example, similarity };
    }
    return best;
  }

  /**
   * The shingles of an earlier example, kept for the examples met most often: candidates are usually
   * the first example of a band key, so the same early examples come back again and again, and each
   * read back costs a pread, a decode, a JSON parse and a pass over its text. Direct-mapped by index;
   * at most COMPARED_CACHE_SLOTS × 4,000 shingles (16 MB), typically ~1 MB.
   */
  private comparedShinglesAt(index: number): Uint32Array | null {
    const slot = index & (COMPARED_CACHE_SLOTS - 1);
    if (this.comparedCacheIndex[slot] === index) return this.comparedCache[slot] as Uint32Array;
    const texts = this.comparedTextsAt(index);
    if (!texts) return null;
    const hashes = shingleHashes(texts);
    this.comparedCacheIndex[slot] = index;
    this.comparedCache[slot] = hashes;
    return hashes;
  }

  /**
   * The compared texts of an earlier example read back, or null. It passed the format check when it
   * was added, so only the conversion addRecord made is repeated (legacy prompt/completion, messages
   * that are objects), not the whole check: this runs for every candidate pair.
   */
  private comparedTextsAt(index: number): string[] | null {
    const value = this.recordAt?.(index);
    if (value === null || typeof value !== 'object') return null;
    const record: unknown = isLegacyPromptCompletion(value) ? legacyToChat(value) : value;
    const messages = (record as { messages?: unknown }).messages;
    if (!Array.isArray(messages)) return null;
    return nearDuplicateTexts({
      messages: messages.filter(
        (m): m is { role: unknown; content?: unknown } =>
          m !== null && typeof m === 'object' && !Array.isArray(m),
      ),
    });
  }

  /** The same final reply to different questions teaches the model one canned answer. */
  private checkReply(reply: string, line: number, index: number): void {
    const key = hash53(reply.trim());
    const seen = this.replySeen.get(key);
    if (seen === -1) {
      this.replySeen.set(key, index);
      return;
    }
    const first = seen >= 0 ? seen : -seen - 2;
    const firstLine = this.lines.get(first);
    if (seen >= 0) {
      this.replySeen.set(key, -first - 2); // mark the group's first example as reported
      this.report('identical_assistant_replies', firstLine, first, { otherLine: line });
    }
    this.report('identical_assistant_replies', line, index, { otherLine: firstLine });
  }

  /** Hashes of every example with its line, for checking another file against this one. */
  exactHashes(): Map<number, number> {
    const out = new Map<number, number>();
    for (const [hash, index] of this.exactSeen.entries()) out.set(hash, this.lines.get(index));
    return out;
  }

  finish(meta: {
    file: string;
    format: SourceFormat;
    encoding: EncodingGuess;
    bytesRead: number;
  }): DatasetReport {
    const n = this.records;
    this.reportMixedScripts();
    if (n < MIN_EXAMPLES) this.report('too_few_examples', null, null, { examples: n, minimum: MIN_EXAMPLES });
    else if (n < RECOMMENDED_EXAMPLES)
      this.report('few_examples', null, null, { examples: n, recommended: RECOMMENDED_EXAMPLES });
    const limit = this.limits.maxTokensPerExample;
    const epochsOption = this.options.epochs ?? 'auto';
    const epochs =
      epochsOption === 'auto'
        ? { ...autoEpochs(n), mode: 'auto' as const }
        : { epochs: epochsOption, mode: 'set' as const };
    const perExample = this.tokens.toArray(); // the report's shape: a plain array
    // Statistics read the compact lists in place: copies made here would set the check's peak memory.
    const assistantTokens = this.assistantTokens;
    const billed = billedTokensPerEpoch(perExample, limit);
    const price = this.limits.price;
    const cost = price ? trainingCost(billed, epochs.epochs, price) : null;
    let total = 0;
    let max = 0;
    let assistantTotal = 0;
    for (let i = 0; i < n; i++) {
      const t = perExample[i] as number;
      total += t;
      if (t > max) max = t;
      assistantTotal += assistantTokens.get(i);
    }
    return {
      file: meta.file,
      format: meta.format,
      encoding: meta.encoding,
      model: this.limits.model,
      provider: this.limits.provider,
      examples: n,
      issues: this.sortedIssues(),
      counts: { ...this.counts },
      truncated: [...this.truncated],
      issueCap: this.issueCap,
      tokens: { total, billed, max, assistantTotal, perExample },
      stats: {
        messagesPerExample: listDistribution(this.messageCounts),
        tokensPerExample: distribution(perExample),
        assistantTokensPerExample: listDistribution(assistantTokens),
        tokenHistogram: tokenHistogram(perExample),
        examplesMissingSystem: this.missingSystem,
        examplesMissingUser: this.missingUser,
        examplesOverLimit: this.overLimit,
      },
      epochs,
      // The report keeps dollars only (project files store it in this shape); the CLI shows other currencies.
      estimatedCost: cost
        ? { usd: cost.usd, formula: cost.formula, provider: this.limits.provider, model: this.limits.model }
        : null,
      bytesRead: meta.bytesRead,
    };
  }

  /** Source order; set-level issues (no line) first, because they frame the rest. */
  private sortedIssues(): DatasetIssue[] {
    return this.issues
      .map((issue, order) => ({ issue, order }))
      .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.order - b.order)
      .map((x) => x.issue);
  }
}
