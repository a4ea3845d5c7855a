// Notes: thin, the rules live in services/notes. The document path comes from the native dialog here.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';

type NotesRoutes = Extract<keyof Handlers, `notes.${string}`>;

export function notesHandlers(s: AppServices): Pick<Handlers, NotesRoutes> {
  return {
    'notes.list': ({ projectId }) => s.notes.list(projectId),
    'notes.create': ({ projectId, name }) => s.notes.create(projectId, name),
    'notes.addFile': async ({ projectId, collectionId }) => {
      const file = await s.dialogs.showOpenDialog('notes');
      return file ? s.notes.addFiles(projectId, collectionId, [file]) : null;
    },
    'notes.addExamples': ({ projectId, collectionId, name }) =>
      s.notes.addExamples(projectId, collectionId, name),
    'notes.addUpload': async ({ projectId, collectionId, token }) => {
      // The same private copy the Examples importer reads; the notes importer judges it again in main.
      const upload = s.sources.pathOf(token);
      try {
        return await s.notes.addUpload(projectId, collectionId, { path: upload.path, name: upload.fileName });
      } finally {
        await s.sources.release(token);
      }
    },
    'notes.addText': ({ projectId, collectionId, name, text }) =>
      s.notes.addText(projectId, collectionId, name, text),
    'notes.restoreSource': ({ projectId, collectionId, sourceId }) =>
      s.notes.restoreSource(projectId, collectionId, sourceId),
    'notes.removeSource': ({ projectId, collectionId, sourceId }) =>
      s.notes.removeSource(projectId, collectionId, sourceId),
    'notes.quote': ({ projectId, collectionId }) => s.notes.quote(projectId, collectionId),
    'notes.embed': ({ projectId, collectionId }) =>
      s.notes.embed(projectId, collectionId, (progress) =>
        s.emit('notes.progressed', { projectId, collectionId, ...progress }),
      ),
    'notes.cancel': async ({ projectId, collectionId }) => s.notes.cancel(projectId, collectionId),
    'notes.search': async ({ projectId, collectionId, question, k }) =>
      s.notes.search(projectId, collectionId, question, k),
  };
}
