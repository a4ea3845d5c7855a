// Together AI's run settings: its options member. LoRA by default (cheaper, and the adapter is what a
// dedicated endpoint serves); the learning rate is the rate itself, its bounds from `models/limits`. Until
// the Start form lists Together's own fields, a run sends these defaults.
import { z } from 'zod';

export const TOGETHER_TRAINING_TYPES = ['Lora', 'Full'] as const;

export const togetherOptionsSchema = z
  .object({
    kind: z.literal('together'),
    trainingType: z.enum(TOGETHER_TRAINING_TYPES),
    learningRate: z.union([z.literal('auto'), z.number().positive().max(0.01)]),
  })
  .strict();

export type TogetherOptions = z.output<typeof togetherOptionsSchema>;

export const DEFAULT_TOGETHER_OPTIONS: TogetherOptions = {
  kind: 'together',
  trainingType: 'Lora',
  learningRate: 'auto',
};
