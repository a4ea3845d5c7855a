// Nebius Token Factory's run settings: its options member and the fields the Start form shows for it.
// LoRA is always on (Nebius itself leaves it off) because only a LoRA adapter can be served per token, so
// it is not a field; the learning rate is the rate itself. An empty LoRA or rate box sends nothing and
// Nebius's own default applies (reference nebius-2026-12 §3.2: lr 1e-5, r 8, alpha 8, dropout 0).
import { z } from 'zod';
import {
  BASE_MODEL_FIELD,
  SEED_FIELD,
  SOURCE_FIELD,
  batchSizeField,
  epochsField,
  suffixField,
  type NumberField,
  type RunField,
} from '../runFields';

export const NEBIUS_MAX_LEARNING_RATE = 0.01;

export const nebiusOptionsSchema = z
  .object({
    kind: z.literal('nebius'),
    /**
     * LoRA on by default: Nebius trains the full model unless told otherwise, and only a LoRA adapter can
     * be served per token (a full fine-tune could only be downloaded, never chatted with in the app).
     */
    lora: z.boolean(),
    /** LoRA rank and scaling, Nebius's bounds; null sends nothing (Nebius's default). */
    loraR: z.number().int().min(8).max(128).nullable(),
    loraAlpha: z.number().int().min(8).max(1024).nullable(),
    loraDropout: z.number().min(0).max(1).nullable(),
    /** Nebius takes the learning rate itself (default 1e-5), never a multiplier or "auto". */
    learningRate: z.number().positive().max(NEBIUS_MAX_LEARNING_RATE).nullable(),
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

const option = (
  id: string,
  key: keyof NebiusOptions,
  bounds: { integer: boolean; min: number; minExclusive: boolean; max: number },
): NumberField => ({ id, kind: 'number', scope: 'option', key, advanced: true, empty: 'none', ...bounds });

export const NEBIUS_RUN_FIELDS: readonly RunField[] = [
  SOURCE_FIELD,
  BASE_MODEL_FIELD,
  // The adapter adds its reference after the name within Nebius's 64 characters.
  suffixField(40),
  epochsField(20),
  option('nebiusLearningRate', 'learningRate', {
    integer: false,
    min: 0,
    minExclusive: true,
    max: NEBIUS_MAX_LEARNING_RATE,
  }),
  option('nebiusLoraR', 'loraR', { integer: true, min: 8, minExclusive: false, max: 128 }),
  option('nebiusLoraAlpha', 'loraAlpha', { integer: true, min: 8, minExclusive: false, max: 1024 }),
  option('nebiusLoraDropout', 'loraDropout', { integer: false, min: 0, minExclusive: false, max: 1 }),
  batchSizeField(64),
  SEED_FIELD,
];
