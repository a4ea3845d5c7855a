// Examples projects. Thin: storage and rules live in services/projects.
import type { ExamplesPatch } from '../../../../shared/domain/projects/patch';
import type { ProjectExample } from '../../../../shared/domain/projects/types';
import { partsFromLetters } from '../../../../shared/domain/projects/partLetters';
import type { AppServices } from '../../services/app/AppServices';
import path from 'node:path';
import {
  defaultExportName,
  projectNameFromFile,
  readProjectFile,
  writeProjectFile,
} from '../../services/projects/exporter';
import type { Handlers } from '../router';

type ProjectRoutes = Extract<keyof Handlers, `projects.${string}`>;

export function projectHandlers(s: AppServices): Pick<Handlers, ProjectRoutes> {
  const projects = s.projects;
  return {
    'projects.list': () => {
      s.examplesTasks.warmUp(); // the page that lists projects is the page that will check them
      return projects.list();
    },
    'projects.create': async ({ name }) => s.pages.open(await projects.create(name)),
    'projects.open': async ({ id }) => s.pages.open(await projects.openProject(id)),
    'projects.page': ({ cursor }) => s.pages.next(cursor),
    'projects.rename': ({ id, name }) => projects.rename(id, name),
    'projects.delete': async ({ id }) => {
      await projects.delete(id);
      return { deleted: true as const };
    },
    'projects.flush': async ({ id }) => {
      await projects.flush(id);
      return { saved: true as const };
    },
    'projects.samples': ({ language }) => s.samples.list(language),
    'projects.openSample': async ({ sampleId, language }) =>
      s.pages.open(await s.samples.open(projects, sampleId, language)),
    'projects.patch': async ({ id, patch }) => ({
      exampleCount: await projects.patch(id, patch as ExamplesPatch),
    }),
    'projects.settings': ({ id, provider, model, epochs }) =>
      projects.updateMeta(id, (m) => ({
        ...m,
        ...(provider ? { provider } : {}),
        ...(model ? { model } : {}),
        ...(epochs !== undefined ? { epochs } : {}),
      })),
    'projects.assignParts': async ({ id, letters, split }) => ({
      meta: await projects.assignParts(id, partsFromLetters(letters), split),
    }),
    'projects.setSystemPrompts': async ({ id, prompts, which, whole }) => ({
      changed: await projects.setSystemPrompts(id, { prompts, which, whole: whole as ProjectExample[] }),
    }),
    'projects.exportFile': async ({ id }) => {
      const project = await projects.openProject(id);
      const file = await s.dialogs.showSaveDialog(
        'project',
        defaultExportName(project.meta, 'project', 'project'),
      );
      if (!file) return { saved: false };
      await writeProjectFile(file, project);
      return { saved: true };
    },
    'projects.importFile': async () => {
      const file = await s.dialogs.showOpenDialog('project');
      if (!file) return null;
      const { meta, examples } = await readProjectFile(file);
      // Always a new project: importing the same file twice gives two projects, never overwrites one.
      return s.pages.open(await projects.create(projectNameFromFile(path.basename(file)), examples, meta));
    },
  };
}
