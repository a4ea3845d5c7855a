// The options member of a provider whose own settings are "LoRA or full training" plus a learning rate given
// as the rate itself (Alibaba, Together): one schema builder, so the two cannot drift apart.
import { z } from 'zod';

export const loraOptionsSchema = <K extends string, T extends readonly [string, ...string[]]>(
  kind: K,
  trainingTypes: T,
  maxLearningRate: number,
) =>
  z
    .object({
      kind: z.literal(kind),
      trainingType: z.enum(trainingTypes),
      learningRate: z.union([z.literal('auto'), z.number().positive().max(maxLearningRate)]),
    })
    .strict();
