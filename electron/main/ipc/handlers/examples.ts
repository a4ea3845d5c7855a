// Bringing examples in, checking and exporting them. Thin: the work happens in services/projects and the
// dataset engine; paths only ever come from the native dialogs (main), never from the renderer.
import type { AppServices } from '../../services/app/AppServices';
import { defaultExportName, selectPart, writeExamplesFile } from '../../services/projects/exporter';
import { IMPORT_ISSUES_SENT } from '../../../../shared/ipc/schemas/examples';
import type { Handlers } from '../router';

type ExampleRoutes = Extract<keyof Handlers, `examples.${string}`>;

export function exampleHandlers(s: AppServices): Pick<Handlers, ExampleRoutes> {
  return {
    'examples.pickFile': async () => {
      const file = await s.dialogs.showOpenDialog('examples');
      return file ? s.sources.addPicked(file) : null;
    },
    'examples.uploadBegin': ({ fileName, bytes }) => s.sources.beginUpload(fileName, bytes),
    'examples.uploadChunk': async ({ token, offset, data }) => ({
      received: await s.sources.appendChunk(token, offset, data),
    }),
    'examples.pasteText': ({ text }) => s.sources.addText(text),
    'examples.preview': ({ token, ...choices }) => s.examplesTasks.preview(token, choices),
    'examples.import': async ({ token, taskId, projectId, mode, ...choices }) => {
      const outcome = await s.examplesTasks.import(
        taskId,
        token,
        choices,
        projectId ? { projectId, mode } : { mode },
      );
      return {
        ...outcome,
        issues: outcome.issues.slice(0, IMPORT_ISSUES_SENT),
        issueCount: outcome.issues.length,
        project: s.pages.open(outcome.project),
      };
    },
    'examples.check': ({ projectId, taskId }) => s.examplesTasks.check(taskId, projectId),
    'examples.cancel': ({ taskId }) => ({ cancelled: s.examplesTasks.cancel(taskId) }),
    'examples.dismissImportProblems': ({ projectId }) => s.examplesTasks.dismissImportProblems(projectId),
    'examples.export': async ({ projectId, part, format }) => {
      const meta = await s.projects.metaOf(projectId);
      const file = await s.dialogs.showSaveDialog(format, defaultExportName(meta, part, format));
      if (!file) return { saved: false };
      await writeExamplesFile(file, selectPart(await s.projects.examplesOf(projectId), part), format);
      return { saved: true };
    },
  };
}
