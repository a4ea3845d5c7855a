// Plain text and Markdown: the bytes are decoded exactly as the Examples importer decodes a CSV
// (dataset/encoding.ts: strict UTF-8 first, then chardet for GB18030/Big5, BOMs honoured), and bytes that
// are not valid in the detected encoding are reported with their offset rather than silently replaced.
import { decodeLine, detectEncoding, HEAD_BYTES, looksBinary } from '../../dataset/encoding';
import { markdownBlocks, textBlocks } from '../../../../../shared/domain/notes/blocks';
import type { ImportOutcome } from '../../../../../shared/domain/notes/types';

export function importText(bytes: Buffer, file: string, markdown: boolean): ImportOutcome {
  const head = bytes.subarray(0, HEAD_BYTES);
  const guess = detectEncoding(head);
  if (looksBinary(head, guess)) return { ok: false, problem: { code: 'not_text', file } };
  const body = guess.bom && guess.encoding === 'utf-8' ? bytes.subarray(3) : bytes;
  const { text, invalidAt } = decodeLine(body, guess.encoding);
  if (invalidAt >= 0) {
    return {
      ok: false,
      problem: {
        code: 'bad_encoding',
        file,
        params: { encoding: guess.encoding, offset: invalidAt + (body === bytes ? 0 : 3) },
      },
    };
  }
  const clean = text.replace(/^\uFEFF/, '');
  const blocks = markdown ? markdownBlocks(clean) : textBlocks(clean);
  if (blocks.length === 0) return { ok: false, problem: { code: 'empty', file } };
  return { ok: true, kind: markdown ? 'markdown' : 'text', blocks, encoding: guess.encoding };
}
