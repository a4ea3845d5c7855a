// Together AI's run settings: its options member and the fields the Start form shows for it. LoRA by
// default (cheaper, and the adapter is what a dedicated endpoint serves); the learning rate is the rate
// itself. The bounds below are static; the form tightens them per base from Together's `models/limits`
// (the adapter's runLimits, keyed by these field ids).
import type { z } from 'zod';
import {
  BASE_MODEL_FIELD,
  SEED_FIELD,
  SOURCE_FIELD,
  batchSizeField,
  epochsField,
  learningRateField,
  suffixField,
  trainingTypeField,
  type RunField,
} from '../runFields';
import { loraOptionsSchema } from './loraOptions';

export const TOGETHER_TRAINING_TYPES = ['Lora', 'Full'] as const;

export const TOGETHER_MAX_LEARNING_RATE = 0.01;

export const togetherOptionsSchema = loraOptionsSchema(
  'together',
  TOGETHER_TRAINING_TYPES,
  TOGETHER_MAX_LEARNING_RATE,
);

export type TogetherOptions = z.output<typeof togetherOptionsSchema>;

export const DEFAULT_TOGETHER_OPTIONS: TogetherOptions = {
  kind: 'together',
  trainingType: 'Lora',
  learningRate: 'auto',
};

/** Field ids the adapter's per-base bounds are keyed by. */
export const TOGETHER_FIELD_IDS = {
  epochs: 'epochs',
  batchSize: 'batchSize',
  learningRate: 'togetherLearningRate',
  trainingType: 'togetherTrainingType',
} as const;

export const TOGETHER_RUN_FIELDS: readonly RunField[] = [
  SOURCE_FIELD,
  BASE_MODEL_FIELD,
  // The adapter puts its reference in the suffix after the name.
  suffixField(40),
  trainingTypeField(
    TOGETHER_FIELD_IDS.trainingType,
    TOGETHER_TRAINING_TYPES,
    DEFAULT_TOGETHER_OPTIONS.trainingType,
  ),
  epochsField(50),
  learningRateField(TOGETHER_FIELD_IDS.learningRate, TOGETHER_MAX_LEARNING_RATE),
  batchSizeField(256),
  // Together's create body takes `random_seed` (reference providers-2026-12 §3.3); its range is not
  // published, so the seed field's own (a signed 32-bit integer) is used.
  SEED_FIELD,
];
