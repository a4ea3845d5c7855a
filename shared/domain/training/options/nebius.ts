// Nebius Token Factory's run settings: its options member. LoRA is on by default (Nebius itself leaves it
// off) because only a LoRA adapter can be served per token; the learning rate is the rate itself. Until the
// Start form lists Nebius's own fields, a run sends these defaults (reference nebius-2026-12 §3.2).
import { z } from 'zod';

export const nebiusOptionsSchema = z
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
  .strict();

export type NebiusOptions = z.output<typeof nebiusOptionsSchema>;

/** Nebius's own defaults (reference §3.2) except `lora`, which Nebius leaves off. */
export const DEFAULT_NEBIUS_OPTIONS: NebiusOptions = {
  kind: 'nebius',
  lora: true,
  loraR: 8,
  loraAlpha: 8,
  loraDropout: 0,
  learningRate: 1e-5,
};
