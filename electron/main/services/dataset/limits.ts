// Size limits, all overridable per call. The file limit is the provider's upload limit (OpenAI Files
// API: 512 MB), checked against the file's size on disk before a byte is read.
import type { ProviderId } from '../../../../shared/domain/pricing/catalog';

const MB = 1024 * 1024;

export const PROVIDER_FILE_LIMITS: Readonly<Record<ProviderId, number>> = {
  openai: 512 * MB,
  practice: 512 * MB,
  // Not yet verified for the later providers; the OpenAI figure keeps the memory bound the same.
  alibaba: 512 * MB,
  nebius: 512 * MB,
  together: 512 * MB,
};

/**
 * A single JSONL line above this is reported and skipped. No example within any model's 65,536-token
 * limit comes near it, and the cap is what bounds memory on hostile single-line files.
 */
export const DEFAULT_MAX_LINE_BYTES = 8 * MB;

/**
 * XLSX (a zip) limits: bytes inflated from all parts (declared and actual), the expansion ratio, and the
 * sheet size; rows, cells and characters include the shared strings.
 */
export interface XlsxLimits {
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
  maxRows: number;
  maxCells: number;
  maxTextChars: number;
  /**
   * The shared-string table is read before any row, so it has its own bounds: how many strings (Excel's
   * 1,048,576 rows × a few text columns) and the memory they take (UTF-8 text plus 4 bytes a string).
   */
  maxSharedStrings: number;
  maxSharedStringBytes: number;
}

export const XLSX_LIMITS: Readonly<XlsxLimits> = {
  maxUncompressedBytes: 1024 * MB,
  maxCompressionRatio: 200,
  maxRows: 2_000_000,
  maxCells: 20_000_000,
  maxTextChars: 512 * MB,
  maxSharedStrings: 4_000_000,
  maxSharedStringBytes: 256 * MB,
};

export const CHUNK_BYTES = 1 * MB;
