// Run settings every provider shares live in RunSettings (base model, epochs, batch size, seed, name, the
// validation part). What only one provider has travels here, one member per provider: a new provider adds
// its member and the Start form renders its fields.
import { z } from 'zod';

export const ALIBABA_TRAINING_TYPES = ['efficient_sft', 'sft'] as const;
export const TOGETHER_TRAINING_TYPES = ['Lora', 'Full'] as const;

export const runOptionsSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('alibaba'),
      /**
       * `efficient_sft` (LoRA) by default: only LoRA models can be deployed on the per-token plan, which
       * costs nothing while idle; a full `sft` model needs a deployment billed by the hour.
       */
      trainingType: z.enum(ALIBABA_TRAINING_TYPES),
      /** DashScope takes the learning rate itself (e.g. 1.6e-5), not a multiplier. */
      learningRate: z.union([z.literal('auto'), z.number().positive().max(0.01)]),
    })
    .strict(),
  z
    .object({
      kind: z.literal('together'),
      /** LoRA by default: cheaper, and the adapter is what a dedicated endpoint serves. */
      trainingType: z.enum(TOGETHER_TRAINING_TYPES),
      /** Together takes the learning rate itself (its bounds come from `models/limits`). */
      learningRate: z.union([z.literal('auto'), z.number().positive().max(0.01)]),
    })
    .strict(),
]);
export type RunOptions = z.output<typeof runOptionsSchema>;

export const DEFAULT_ALIBABA_OPTIONS: RunOptions = {
  kind: 'alibaba',
  trainingType: 'efficient_sft',
  learningRate: 'auto',
};

export const DEFAULT_TOGETHER_OPTIONS: RunOptions = {
  kind: 'together',
  trainingType: 'Lora',
  learningRate: 'auto',
};
