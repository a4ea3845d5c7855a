// Everything the user can undo in a project, as data: each change knows how to describe its own reverse.
// Example edits are patches (shared/domain/projects/patch.ts). A split is one letter per example rather
// than a patch of 100,000 examples, so undoing it sends 100 KB to main, not 32 MB. Settings are the
// project's provider, model and epochs. "One system prompt for all" is prompts plus a number per example.
import type { ExamplesPatch } from '../../../../shared/domain/projects/patch';
import type { SplitSettings } from '../../../../shared/domain/projects/split';
import type { ProjectExample, ProjectMeta } from '../../../../shared/domain/projects/types';
import { partsToLetters } from '../../../../shared/domain/projects/partLetters';
import type { SystemPrompts } from '../../../../shared/domain/projects/systemPrompts';

export type ProjectSettings = Partial<Pick<ProjectMeta, 'provider' | 'model' | 'epochs'>>;

export type ProjectChange =
  | { kind: 'patch'; patch: ExamplesPatch }
  /** Every example's part, in order, as letters (see partLetters), and the split settings that made them. */
  | { kind: 'parts'; letters: string; split: SplitSettings | null }
  | { kind: 'settings'; settings: ProjectSettings }
  /** Every example's system prompt, compactly (shared/domain/projects/systemPrompts.ts). */
  | { kind: 'systemPrompts'; state: SystemPrompts };

export const lettersOf = (examples: readonly ProjectExample[]) =>
  partsToLetters(examples.map((e) => e.split));

/** The current values of the settings a change is about to overwrite (its way back). */
export function previousSettings(meta: ProjectMeta, next: ProjectSettings): ProjectSettings {
  const back: ProjectSettings = {};
  if (next.provider !== undefined) back.provider = meta.provider;
  if (next.model !== undefined) back.model = meta.model;
  if (next.epochs !== undefined) back.epochs = meta.epochs;
  return back;
}
