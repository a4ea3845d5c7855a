// A real AppServices (practice provider, price book, Examples projects) in a temp folder, with the
// brand-voice sample opened as a project, split, and a fine-tuned practice model trained on its training
// part seeded into the practice service (a real job takes a minute on the practice clock; the model
// record is exactly what a finished job registers). Shared by the service tests and the e2e spec.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChatExample } from '../../../shared/domain/chat';
import type { AppServices } from '../../../electron/main/services/app/AppServices';

export const FINE_TUNED = 'ft:gpt-4.1-mini-2025-04-14:personal:kettle:Tk7Q2x9a';
export const BASE = 'gpt-4.1-mini-2025-04-14';

/** Registers a fine-tuned practice model that answers from `examples`, as a finished job would. */
export function seedFineTunedModel(
  services: AppServices,
  examples: readonly ChatExample[],
  id = FINE_TUNED,
): void {
  const state = services.practice.snapshot();
  services.practice.restore({
    ...state,
    models: [
      ...state.models,
      {
        id,
        created: 1764115200,
        ownedBy: 'org-practice',
        base: id.split(':')[1]!,
        jobId: 'ftjob-seeded',
        examples: [...examples],
      },
    ],
  });
}

/** Opens the brand-voice sample (en) as a project with a 70/15/15 split; returns its id and parts. */
export async function openBrandVoice(services: AppServices) {
  const opened = await services.samples.open(services.projects, 'brand-voice', 'en');
  const id = opened.meta.id;
  await services.projects.applySplit(id, { preset: '70-15-15', seed: 20240601 });
  const examples = await services.projects.examplesOf(id);
  return {
    projectId: id,
    train: examples.filter((e) => e.split === 'train').map((e) => e.example),
    test: examples.filter((e) => e.split === 'test'),
  };
}

export const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'tunesmith-try-'));
