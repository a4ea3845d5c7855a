// Glossary types. Every language must explain every term: `Record<GlossaryId, …>` turns a missing
// translation into a type error instead of a blank tooltip.
export const GLOSSARY_IDS = [
  'token',
  'epoch',
  'validation-set',
  'test-set',
  'checkpoint',
  'loss',
  'context-window',
  'embedding',
  'base-model',
  'prompt',
  'few-shot',
  'fine-tuning',
  'training-example',
  'agent',
  'made-up-answer',
  'temperature',
  'seed',
] as const;

export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export interface GlossaryEntry {
  /** The term as readers of this language call it. */
  term: string;
  /** One sentence, plain words. */
  explanation: string;
  /** One concrete example. */
  example: string;
}

export interface GlossaryContent {
  labels: {
    /** Prefix before the example, e.g. "Example". */
    example: string;
  };
  terms: Record<GlossaryId, GlossaryEntry>;
}

export function isGlossaryId(value: string): value is GlossaryId {
  return (GLOSSARY_IDS as readonly string[]).includes(value);
}
