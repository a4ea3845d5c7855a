// Run settings every provider shares live in RunSettings (base model, epochs, batch size, seed, name, the
// validation part). What only one provider has travels here, one member per provider: a new provider adds
// its member and the Start form renders its fields.
import { z } from 'zod';

export const ALIBABA_TRAINING_TYPES = ['efficient_sft', 'sft'] as const;

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
      kind: z.literal('nebius'),
      /**
       * LoRA on by default: Nebius trains the full model unless told otherwise, and only a LoRA adapter can
       * be served per token (a full fine-tune could only be downloaded, never chatted with in the app).
       */
      lora: z.boolean(),
      /** LoRA rank and scaling, Nebius's bounds (reference nebius-2026-12 §3.2). */
      loraR: z.number().int().min(8).max(128),
      loraAlpha: z.number().int().min(8).max(1024),
      loraDropout: z.number().min(0).max(1),
      /** Nebius takes the learning rate itself (default 1e-5), never a multiplier or "auto". */
      learningRate: z.number().positive().max(0.01),
    })
    .strict(),
]);
export type RunOptions = z.output<typeof runOptionsSchema>;

export const DEFAULT_ALIBABA_OPTIONS: Extract<RunOptions, { kind: 'alibaba' }> = {
  kind: 'alibaba',
  trainingType: 'efficient_sft',
  learningRate: 'auto',
};

/** Nebius's own defaults (reference §3.2) except `lora`, which Nebius leaves off. */
export const DEFAULT_NEBIUS_OPTIONS: Extract<RunOptions, { kind: 'nebius' }> = {
  kind: 'nebius',
  lora: true,
  loraR: 8,
  loraAlpha: 8,
  loraDropout: 0,
  learningRate: 1e-5,
};
