// A split sent over IPC as one letter per example (t = train, v = validation, x = test): 100 KB for
// 100,000 examples, where sending the examples themselves would be 32 MB.
import type { ProjectExample, SplitPart } from './types';

const LETTER = { train: 't', validation: 'v', test: 'x' } as const satisfies Record<SplitPart, string>;
const PART: Record<string, SplitPart> = { t: 'train', v: 'validation', x: 'test' };

export const PART_LETTERS_PATTERN = /^[tvx]*$/;

export const partsToLetters = (parts: readonly SplitPart[]) => parts.map((p) => LETTER[p]).join('');

export function partsFromLetters(letters: string): SplitPart[] {
  const parts: SplitPart[] = new Array(letters.length);
  for (let i = 0; i < letters.length; i++) parts[i] = PART[letters[i] as string] ?? 'train';
  return parts;
}

/** The examples with these parts, in order; an example whose part does not change keeps its identity. */
export function withParts(
  examples: readonly ProjectExample[],
  parts: readonly SplitPart[],
): ProjectExample[] {
  return examples.map((e, i) => {
    const part = parts[i] ?? 'train';
    return e.split === part ? e : { ...e, split: part };
  });
}
