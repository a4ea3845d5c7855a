// Which documents notes take and how large each may be, shared by main (importDocument, which reads the
// file) and the renderer (which refuses a dropped file before uploading its bytes). One function judges
// both, in the same order, so a file refused early gets exactly the sentence main would have given; main
// still judges every file itself, since the renderer is never trusted.
import { NOTES_LIMITS, type NotesProblem } from './types';

export type NotesFormat = 'text' | 'markdown' | 'docx' | 'pdf';

const FORMATS: Record<string, NotesFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

const LIMIT: Record<NotesFormat, number> = {
  text: NOTES_LIMITS.maxTextBytes,
  markdown: NOTES_LIMITS.maxTextBytes,
  docx: NOTES_LIMITS.maxDocxBytes,
  pdf: NOTES_LIMITS.maxPdfBytes,
};

/** Extensions the open dialog offers, without the dot. */
export const NOTES_EXTENSIONS = Object.keys(FORMATS).map((e) => e.slice(1));

const MB = 1024 * 1024;

/** Node's `path.extname` for a file name, without `node:path` (the renderer has none): '.bashrc' has none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

export function notesFormatOf(name: string): NotesFormat | undefined {
  return FORMATS[extensionOf(name).toLowerCase()];
}

export const unsupportedProblem = (name: string): NotesProblem => ({
  code: 'unsupported_type',
  file: name,
  params: { extension: extensionOf(name) || '—' },
});

/**
 * What is wrong with a document named `name` of `size` bytes before any byte is read: a kind notes cannot
 * read, an empty file, or one over its kind's limit; null when it may be read.
 */
export function notesPrecheck(name: string, size: number): NotesProblem | null {
  const format = notesFormatOf(name);
  if (!format) return unsupportedProblem(name);
  if (size === 0) return { code: 'empty', file: name };
  if (size > LIMIT[format]) {
    return {
      code: 'too_large',
      file: name,
      params: { sizeMb: Math.round(size / MB), limitMb: LIMIT[format] / MB },
    };
  }
  return null;
}
