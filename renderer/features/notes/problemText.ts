// One translated sentence per notes import problem (what, where, what to do). A typed map, so a new
// problem code without a message is a compile error.
import type { NotesProblemCode } from '../../../shared/domain/notes/types';

export const PROBLEM_TEXT = {
  empty: 'notes.problems.empty',
  too_large: 'notes.problems.too_large',
  unsupported_type: 'notes.problems.unsupported_type',
  not_text: 'notes.problems.not_text',
  bad_encoding: 'notes.problems.bad_encoding',
  pdf_no_text: 'notes.problems.pdf_no_text',
  pdf_password: 'notes.problems.pdf_password',
  pdf_damaged: 'notes.problems.pdf_damaged',
  docx_damaged: 'notes.problems.docx_damaged',
  docx_password: 'notes.problems.docx_password',
  too_many_passages: 'notes.problems.too_many_passages',
  unreadable: 'notes.problems.unreadable',
} as const satisfies Record<NotesProblemCode, string>;
