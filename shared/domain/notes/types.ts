// Notes (issue 16): the user's own documents, cut into passages that a model is given as "notes" when it
// answers. Pure types shared by main (importers, store, search) and the renderer (the Notes panel, Try).

/** Kinds of document a collection can hold; `examples` is the project's own examples as a source. */
export type NoteSourceKind = 'text' | 'markdown' | 'docx' | 'pdf' | 'examples';

/** One structural piece of a document, in reading order, before it is cut into passages. */
export interface NoteBlock {
  kind: 'heading' | 'paragraph';
  /** 1–6 for headings; 0 for paragraphs. */
  level: number;
  text: string;
  /** 1-based page for PDFs, 1-based example number for examples; null when the format has none. */
  page: number | null;
}

/** Where a passage came from, precise enough to show "FAQ.pdf, page 2" or "prices.docx, § Opening hours". */
export interface PassagePosition {
  /** Index of the passage's first block in the document's block list (0-based). */
  block: number;
  page: number | null;
  /** Headings above the passage, outermost first. */
  headings: string[];
}

export interface Passage {
  /** `${sourceId}:${ordinal}`: stable while the source is not re-imported. */
  id: string;
  sourceId: string;
  ordinal: number;
  text: string;
  position: PassagePosition;
  /** Content hash (heading path + text): a passage is re-embedded only when this changes. */
  hash: string;
}

export interface NoteSource {
  id: string;
  kind: NoteSourceKind;
  /** File name shown to the user (never a full path in the renderer). */
  name: string;
  /** Absolute path the document was read from (main only; the file itself is never changed). */
  path: string | null;
  bytes: number;
  addedAt: string;
  passages: number;
  /** Detected text encoding for plain text and Markdown, e.g. 'big5'; null for other kinds. */
  encoding: string | null;
}

/**
 * Why a document could not be added. Each code is one translated sentence with a next step
 * (renderer locale key `notes.problems.<code>`); `params` are the facts it interpolates.
 */
export const NOTES_PROBLEM_CODES = [
  'empty',
  'too_large',
  'unsupported_type',
  'not_text',
  'bad_encoding',
  'pdf_no_text',
  'pdf_password',
  'pdf_damaged',
  'docx_damaged',
  'docx_password',
  'too_many_passages',
  'unreadable',
] as const;
export type NotesProblemCode = (typeof NOTES_PROBLEM_CODES)[number];

export interface NotesProblem {
  code: NotesProblemCode;
  /** The file's name (what), so the message can say where. */
  file: string;
  params?: Record<string, string | number>;
}

export type ImportOutcome =
  | { ok: true; kind: NoteSourceKind; blocks: NoteBlock[]; encoding: string | null }
  | { ok: false; problem: NotesProblem };

/** Limits a collection keeps so search stays within its budget (issue 16 §3: up to 100,000 passages). */
export const NOTES_LIMITS = {
  maxPassagesPerCollection: 100_000,
  /** Text and Markdown larger than this are refused before reading (a 200 MB log is not a note). */
  maxTextBytes: 20 * 1024 * 1024,
  maxDocxBytes: 50 * 1024 * 1024,
  maxPdfBytes: 100 * 1024 * 1024,
} as const;

/** A source as the renderer sees it: no file path. */
export type NoteSourceView = Omit<NoteSource, 'path'>;

export interface CollectionView {
  id: string;
  name: string;
  sources: NoteSourceView[];
  passages: number;
  /** Passages whose vector (for the current provider's embeddings model) is stored. */
  embedded: number;
}

export interface AddResult {
  added: NoteSourceView[];
  problems: NotesProblem[];
}

export interface EmbedProgress {
  done: number;
  total: number;
  tokens: number;
}

export interface EmbedOutcome {
  embedded: number;
  tokens: number;
  cancelled: boolean;
}

/** The passages a notes set-up gave the model for one reply, shown under it with their sources. */
export interface NotesUsed {
  hits: NotesHit[];
  /** Tokens of the question's own embedding (billed apart from the reply). */
  queryTokens: number;
}

export interface NotesHit {
  passageId: string;
  sourceName: string;
  kind: NoteSource['kind'];
  text: string;
  page: number | null;
  headings: string[];
  score: number;
}
