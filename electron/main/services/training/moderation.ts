// The provider's free content check over everything that would be uploaded, before it is uploaded:
// OpenAI refuses training files with flagged examples (the job fails after validation), so finding them
// first saves the user an upload, a wait and a confusing failure. One text per example: its messages'
// text joined, which is what the provider's own screening reads.
import type { ChatExample } from '../../../../shared/domain/chat';
import type { FlaggedExample, ModerationAnswer } from '../../../../shared/domain/training/plan';
import type { FineTuningProvider } from '../providers/Provider';
import type { TrainingDataSource } from './TrainingDataSource';

export function exampleText(example: ChatExample): string {
  return example.messages
    .map((m) => (typeof m.content === 'string' ? m.content : ''))
    .filter(Boolean)
    .join('\n');
}

export async function moderateSource(
  provider: FineTuningProvider,
  source: TrainingDataSource,
  sourceId: string,
): Promise<ModerationAnswer> {
  if (!provider.moderate) return { checked: 0, flagged: [], available: false };
  const flagged: FlaggedExample[] = [];
  let checked = 0;
  for (const part of ['train', 'validation'] as const) {
    const examples = await source.examplesOf(sourceId, part);
    if (examples.length === 0) continue;
    const verdicts = await provider.moderate(examples.map((e) => exampleText(e.example)));
    verdicts.forEach((verdict, i) => {
      if (verdict.flagged)
        flagged.push({
          part,
          position: i + 1,
          line: examples[i]?.line ?? null,
          categories: verdict.categories,
        });
    });
    checked += examples.length;
  }
  return { checked, flagged, available: true };
}
