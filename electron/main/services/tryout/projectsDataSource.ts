// Try reads Examples projects through this adapter, so the Try service depends only on its own small
// port (ports.ts) and on the shape below, not on the projects service's internals. The held-out part
// is the project's `test` split; few-shot prompts and the default system prompt use the `train` part.
import type { ChatExample } from '../../../../shared/domain/chat';
import type { TryDataSource } from './ports';

/** The subset of services/projects/ProjectsService that Try uses. */
export interface ProjectsLike {
  list(): Promise<readonly { id: string; name: string }[]>;
  examplesOf(
    id: string,
  ): Promise<readonly { id: string; example: ChatExample; split: 'train' | 'validation' | 'test' }[]>;
  appendCorrected(id: string, example: ChatExample, correctedFrom: string): Promise<{ id: string }>;
}

export function projectsDataSource(projects: ProjectsLike): TryDataSource {
  return {
    async listProjects() {
      const summaries = await projects.list();
      return Promise.all(
        summaries.map(async (p) => {
          const examples = await projects.examplesOf(p.id);
          return {
            id: p.id,
            name: p.name,
            trainCount: examples.filter((e) => e.split === 'train').length,
            testCount: examples.filter((e) => e.split === 'test').length,
          };
        }),
      );
    },
    async testExamples(projectId) {
      return (await projects.examplesOf(projectId))
        .filter((e) => e.split === 'test')
        .map(({ id, example }) => ({ id, example }));
    },
    async trainingExamples(projectId) {
      return (await projects.examplesOf(projectId)).filter((e) => e.split === 'train').map((e) => e.example);
    },
    async appendCorrection(projectId, example, provenance) {
      // Examples records which model the corrected reply came from; it shows the example as "corrected in Try".
      const added = await projects.appendCorrected(projectId, example, provenance.model);
      return { exampleId: added.id };
    },
  };
}
