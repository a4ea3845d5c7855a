// What a file that is not text really is, from its first bytes (file-type reads the signatures of some
// 150 formats), so that picking a PDF says "this is a PDF" first, not an encoding guess, then "no
// examples could be read", then at the end "not a text file" (what a walk through the app saw).
import type { IssueParams } from '../../../../shared/domain/dataset/codes';

/** Families the screens name in plain words; `ext` keeps the exact format for the message. */
export type NonTextKind =
  | 'pdf'
  | 'image'
  | 'zip'
  | 'word'
  | 'powerpoint'
  | 'spreadsheet-old'
  | 'archive'
  | 'media'
  | 'other'
  /** No signature file-type knows, yet not text (NUL bytes, control characters): see looksBinary. */
  | 'unknown';

const KIND_OF_EXT: Readonly<Record<string, NonTextKind>> = {
  pdf: 'pdf',
  zip: 'zip',
  docx: 'word',
  pptx: 'powerpoint',
  // Older Office files (.xls, .doc, .ppt) share one container, which file-type calls cfb.
  cfb: 'spreadsheet-old',
  gz: 'archive',
  '7z': 'archive',
  rar: 'archive',
  tar: 'archive',
  bz2: 'archive',
  xz: 'archive',
  zst: 'archive',
};

/** Formats file-type can name that are text after all: they go on to the text readers. */
const TEXTUAL = new Set(['xml', 'svg', 'json', 'html', 'ics', 'vcf', 'srt', 'vtt', 'csv', 'tsv', 'txt']);

function kindOf(ext: string, mime: string): NonTextKind {
  const known = KIND_OF_EXT[ext];
  if (known) return known;
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('audio/') || mime.startsWith('video/')) return 'media';
  return 'other';
}

export interface NonTextFile {
  kind: NonTextKind;
  /** The format's usual file extension as file-type names it (pdf, png, docx…). */
  ext: string;
}

/** The file's real format when its first bytes are a known non-text signature (xlsx too), else null. */
export async function detectNonText(head: Uint8Array): Promise<(NonTextFile & { xlsx: boolean }) | null> {
  // A byte-order mark means text: UTF-16LE's FF FE would otherwise pass for an MPEG audio frame.
  const bom =
    (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) ||
    (head[0] === 0xff && head[1] === 0xfe) ||
    (head[0] === 0xfe && head[1] === 0xff);
  if (bom) return null;
  // Loaded on first use: file-type is ESM-only.
  const { fileTypeFromBuffer } = await import('file-type');
  // A damaged container can make a detector throw; then the text readers and their checks decide.
  const type = await fileTypeFromBuffer(head).catch(() => undefined);
  if (!type || type.mime.startsWith('text/') || TEXTUAL.has(type.ext)) return null;
  return { kind: kindOf(type.ext, type.mime), ext: type.ext, xlsx: type.ext === 'xlsx' };
}

export const nonTextParams = (file: NonTextFile): IssueParams => ({ kind: file.kind, ext: file.ext });
