// Keeps the app-wide open-project figures (renderer/state/openProject.ts) in step with the project
// store: whenever the open project or its last check changes, its token averages are published there.
import type { ProjectMeta } from '../../../shared/domain/projects/types';
import { useOpenProject, type OpenProjectTokens } from '../../state/openProject';
import { useProject } from './state/projectStore';

export function openProjectTokens(meta: ProjectMeta | null): OpenProjectTokens | null {
  const report = meta?.report;
  if (!meta || !report || report.examples === 0) return null;
  return {
    name: meta.name,
    examples: report.examples,
    meanTokensPerExample: report.stats.tokensPerExample.mean,
    meanAssistantTokensPerExample: report.stats.assistantTokensPerExample.mean,
  };
}

const same = (a: OpenProjectTokens | null, b: OpenProjectTokens | null) =>
  a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));

function publish(meta: ProjectMeta | null): void {
  const tokens = openProjectTokens(meta);
  if (!same(tokens, useOpenProject.getState().tokens)) useOpenProject.getState().tokensChanged(tokens);
}

publish(useProject.getState().meta);
useProject.subscribe((state, previous) => {
  if (state.meta !== previous.meta) publish(state.meta);
});
