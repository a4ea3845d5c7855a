// Alibaba Model Studio's run settings: its options member (LoRA or full training, and a learning rate
// given as the rate itself, not a multiplier) and the fields the Start form shows for it. DashScope's
// hyper-parameters have no seed, so there is no seed field. Per-model defaults and bounds are not
// published (reference providers-2026-12 §2.3); the bounds below are ours and the server has the last word.
import type { z } from 'zod';
import {
  BASE_MODEL_FIELD,
  SOURCE_FIELD,
  batchSizeField,
  epochsField,
  learningRateField,
  suffixField,
  trainingTypeField,
  type RunField,
} from '../runFields';
import { loraOptionsSchema } from './loraOptions';

export const ALIBABA_TRAINING_TYPES = ['efficient_sft', 'sft'] as const;

/** The largest learning rate accepted (Alibaba's examples use 1.6e-5 and 2e-5). */
export const ALIBABA_MAX_LEARNING_RATE = 0.01;

/**
 * `efficient_sft` (LoRA) by default: only LoRA models can be deployed on the per-token plan, which costs
 * nothing while idle; a full `sft` model needs a deployment billed by the hour. DashScope takes the learning
 * rate itself (e.g. 1.6e-5), not a multiplier.
 */
export const alibabaOptionsSchema = loraOptionsSchema(
  'alibaba',
  ALIBABA_TRAINING_TYPES,
  ALIBABA_MAX_LEARNING_RATE,
);

export type AlibabaOptions = z.output<typeof alibabaOptionsSchema>;

export const DEFAULT_ALIBABA_OPTIONS: AlibabaOptions = {
  kind: 'alibaba',
  trainingType: 'efficient_sft',
  learningRate: 'auto',
};

export const ALIBABA_RUN_FIELDS: readonly RunField[] = [
  SOURCE_FIELD,
  BASE_MODEL_FIELD,
  // The adapter lowercases the name and keeps up to 20 characters before its own reference (an _ becomes -).
  suffixField(20),
  trainingTypeField('alibabaTrainingType', ALIBABA_TRAINING_TYPES, DEFAULT_ALIBABA_OPTIONS.trainingType),
  epochsField(50),
  learningRateField('alibabaLearningRate', ALIBABA_MAX_LEARNING_RATE),
  batchSizeField(256),
];
