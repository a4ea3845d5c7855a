// Shared setup for the Examples DOM tests: a fake bridge that applies patches like main does (so the test
// can compare main's copy with the screen's), the i18n provider, and a measurable list viewport for the
// virtualizer (jsdom lays nothing out, so clientHeight is 0 unless given).
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { applyPatch, type ExamplesPatch } from '../../../../shared/domain/projects/patch';
import { withSystemPrompts, type SystemPrompts } from '../../../../shared/domain/projects/systemPrompts';
import type {
  OpenProject,
  ProjectExample,
  ProjectMeta,
  StoredReport,
} from '../../../../shared/domain/projects/types';
import { createI18n } from '../../../../renderer/i18n';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import { useHistory } from '../../../../renderer/features/examples/state/history';
import { installFakeBridge } from '../shell/fakeBridge';

export const exampleOf = (n: number, user = `question ${n}`, assistant = `answer ${n}`): ProjectExample => ({
  id: `ex-${n.toString(16).padStart(16, '0')}`,
  provenance: 'imported',
  split: 'train',
  sourceLine: n + 1,
  example: {
    messages: [
      { role: 'user', content: user },
      { role: 'assistant', content: assistant },
    ],
  },
});

export const metaOf = (count: number, report: StoredReport | null = null): ProjectMeta => ({
  id: 'p-0123456789ab',
  name: 'Tea shop',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  source: null,
  mapping: null,
  split: null,
  provider: 'practice',
  model: 'gpt-4.1-mini-2025-04-14',
  epochs: 'auto',
  report,
  exampleCount: count,
});

export function setViewport(height = 600) {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
}

/** Opens a project in the store and wires a bridge whose projects.patch keeps "main's copy" in step. */
export function openProject(examples: ProjectExample[], report: StoredReport | null = null) {
  const main = { examples: [...examples] };
  const patches: ExamplesPatch[] = [];
  const bridge = installFakeBridge({
    'projects.patch': (input) => {
      const { patch } = input as { patch: ExamplesPatch };
      patches.push(patch);
      main.examples = applyPatch(main.examples, patch).examples;
      return { exampleCount: main.examples.length };
    },
    'projects.setSystemPrompts': (input) => {
      const result = withSystemPrompts(main.examples, input as SystemPrompts);
      if (!result) throw new Error('system prompts do not fit main');
      main.examples = result.examples;
      return { changed: result.changed };
    },
    'projects.flush': () => ({ saved: true }),
    'prices.list': () => [],
  });
  useHistory.getState().cleared();
  const project: OpenProject = { meta: metaOf(examples.length, report), examples };
  useProject.getState().opened(project);
  return { bridge, main, patches };
}

export async function renderWithI18n(ui: ReactNode) {
  const i18n = await createI18n('en', false);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
