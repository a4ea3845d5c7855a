// The shape of a finished check, shared by the worker, the IPC layer, the project file and the CLI.
// Plain data only (no classes, no typed arrays) so it survives structured clone and JSON unchanged.
import { severityOf, type DatasetIssue, type IssueCode } from './codes';
import type { Distribution, HistogramBucket } from './stats';
import type { EpochReason } from '../epochs';
import type { ProviderId } from '../pricing/catalog';

export type SourceFormat = 'jsonl' | 'json' | 'csv' | 'tsv' | 'xlsx' | 'text';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface EncodingGuess {
  encoding: EncodingName;
  /** 0–100. Below ENCODING_CONFIDENT the UI should show a preview and ask the user to confirm. */
  confidence: number;
  bom: boolean;
  /** How the guess was made: a byte-order mark, strict UTF-8 validation, statistics, or the user's choice. */
  basis: 'bom' | 'valid-utf8' | 'statistics' | 'user';
}

export const ENCODING_CONFIDENT = 80;

export interface EpochChoice {
  epochs: number;
  mode: 'auto' | 'set';
  /** Why auto chose this number (the cookbook heuristic's branch); absent when the user set it. */
  reason?: EpochReason;
}

export interface TokenSummary {
  total: number;
  /** Tokens billed per epoch: each example counted up to the model's per-example limit. */
  billed: number;
  max: number;
  assistantTotal: number;
  /** Tokens of each example in file order (cookbook formula, the model's tokenizer). */
  perExample: number[];
}

export interface DatasetStats {
  messagesPerExample: Distribution;
  tokensPerExample: Distribution;
  assistantTokensPerExample: Distribution;
  tokenHistogram: HistogramBucket[];
  examplesMissingSystem: number;
  examplesMissingUser: number;
  examplesOverLimit: number;
}

export interface CostSummary {
  usd: number | null;
  formula: string;
  provider: ProviderId;
  model: string;
}

export interface DatasetReport {
  file: string;
  format: SourceFormat;
  encoding: EncodingGuess;
  model: string;
  provider: ProviderId;
  /** Examples that could be read as chat examples (what a provider would train on). */
  examples: number;
  /** Issues in source order; long runs of one code are capped (see `truncated`) but `counts` stay exact. */
  issues: DatasetIssue[];
  counts: Partial<Record<IssueCode, number>>;
  /** Codes whose issue list was capped at `issueCap` entries. */
  truncated: IssueCode[];
  issueCap: number;
  tokens: TokenSummary;
  stats: DatasetStats;
  epochs: EpochChoice;
  estimatedCost: CostSummary | null;
  bytesRead: number;
}

/** Totals per severity, from the exact counts (not the capped issue list). */
export function countBySeverity(
  counts: Partial<Record<IssueCode, number>>,
): Record<'error' | 'warning' | 'info', number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const [code, n] of Object.entries(counts) as [IssueCode, number][]) out[severityOf(code)] += n;
  return out;
}
