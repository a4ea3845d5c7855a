// Pasted text as a source: split exactly like a .txt file (blank lines end paragraphs), with the same size
// limit. It arrives as a string, so there is no encoding to detect.
import { textBlocks } from '../../../../../shared/domain/notes/blocks';
import { NOTES_LIMITS, type ImportOutcome } from '../../../../../shared/domain/notes/types';

const MB = 1024 * 1024;

export function importPasted(text: string, name: string): ImportOutcome & { bytes: number } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > NOTES_LIMITS.maxTextBytes) {
    const params = { sizeMb: Math.round(bytes / MB), limitMb: NOTES_LIMITS.maxTextBytes / MB };
    return { ok: false, problem: { code: 'too_large', file: name, params }, bytes };
  }
  const blocks = textBlocks(text.replace(/^\uFEFF/, ''));
  if (blocks.length === 0) return { ok: false, problem: { code: 'empty', file: name }, bytes };
  return { ok: true, kind: 'text', blocks, encoding: null, bytes };
}
