// The one judgement of a document by its name and size, made by main before reading a file and by the
// renderer before uploading a dropped one (issue 16): both must give the same problem for the same file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionOf, notesPrecheck } from '../../../shared/domain/notes/formats';
import { NOTES_LIMITS } from '../../../shared/domain/notes/types';

describe('notesPrecheck', () => {
  it("reads a name's extension the way node:path does (main named files with it before)", () => {
    for (const name of ['a.txt', '.bashrc', 'a.', '..txt', 'FAQ.PDF', 'notes', '.a.b', 'x.tar.gz', '..'])
      expect(extensionOf(name), name).toBe(path.extname(name));
  });

  it('refuses a kind notes cannot read, an empty file, and one over its kind’s limit, and nothing else', () => {
    expect(notesPrecheck('prices.xlsx', 10)).toEqual({
      code: 'unsupported_type',
      file: 'prices.xlsx',
      params: { extension: '.xlsx' },
    });
    expect(notesPrecheck('README', 10)?.params).toEqual({ extension: '—' });
    expect(notesPrecheck('hours.txt', 0)).toEqual({ code: 'empty', file: 'hours.txt' });
    expect(notesPrecheck('hours.TXT', NOTES_LIMITS.maxTextBytes)).toBeNull();
    expect(notesPrecheck('hours.md', NOTES_LIMITS.maxTextBytes + 1)?.code).toBe('too_large');
    expect(notesPrecheck('manual.pdf', NOTES_LIMITS.maxTextBytes + 1)).toBeNull(); // PDFs may be larger
    expect(notesPrecheck('manual.pdf', 250 * 1024 * 1024)).toEqual({
      code: 'too_large',
      file: 'manual.pdf',
      params: { sizeMb: 250, limitMb: NOTES_LIMITS.maxPdfBytes / (1024 * 1024) },
    });
  });
});
