// Routes for notes (issue 16): collections of the user's documents per project, the quote shown before
// embedding, embedding with `notes.progressed` events, cancel, and search. Files come from the native
// open dialog in main, or as
// uploaded bytes of a dropped file behind a token (the renderer never sends a path).
import { z } from 'zod';
import { defineRoute } from '../define';
import type { EmbedQuote } from '../../domain/notes/embedding';
import type {
  AddResult,
  CollectionView,
  EmbedOutcome,
  NoteSourceView,
  NotesHit,
} from '../../domain/notes/types';

const id = z.string().min(1).max(100);
const target = { projectId: id, collectionId: id };

export const notesRoutes = {
  'notes.list': defineRoute<CollectionView[]>()(z.object({ projectId: id }).strict()),
  'notes.create': defineRoute<CollectionView>()(
    z.object({ projectId: id, name: z.string().max(200) }).strict(),
  ),
  /** Opens the native dialog; null when the user cancelled it. */
  'notes.addFile': defineRoute<AddResult | null>()(z.object(target).strict()),
  'notes.addExamples': defineRoute<AddResult>()(
    z.object({ ...target, name: z.string().min(1).max(200) }).strict(),
  ),
  /** A dropped file, sent first as bytes through examples.uploadBegin/uploadChunk (the token names it). */
  'notes.addUpload': defineRoute<AddResult>()(
    z.object({ ...target, token: z.string().min(1).max(100) }).strict(),
  ),
  /** Pasted text as a source named by the user, split like a .txt file. */
  'notes.addText': defineRoute<AddResult>()(
    z
      .object({ ...target, name: z.string().min(1).max(200), text: z.string().min(1).max(10_000_000) })
      .strict(),
  ),
  'notes.removeSource': defineRoute<void>()(z.object({ ...target, sourceId: id }).strict()),
  /** Undo of notes.removeSource (same session). */
  'notes.restoreSource': defineRoute<NoteSourceView>()(z.object({ ...target, sourceId: id }).strict()),
  'notes.quote': defineRoute<EmbedQuote>()(z.object(target).strict()),
  'notes.embed': defineRoute<EmbedOutcome>()(z.object(target).strict()),
  'notes.cancel': defineRoute<void>()(z.object(target).strict()),
  'notes.search': defineRoute<{ hits: NotesHit[]; tokens: number }>()(
    z
      .object({
        ...target,
        question: z.string().min(1).max(20_000),
        k: z.number().int().min(1).max(20).optional(),
      })
      .strict(),
  ),
};
