// OpenAI's run settings (the practice service mirrors them): no provider-only options, a learning-rate
// *multiplier* on the provider's own rate, and the bounds of its create body (reference openai-api §4.2).
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

const LEARNING_RATE_MULTIPLIER: NumberField = {
  id: 'learningRateMultiplier',
  kind: 'number',
  scope: 'common',
  key: 'learningRateMultiplier',
  advanced: true,
  integer: false,
  min: 0,
  minExclusive: true,
  max: 100,
  empty: 'auto',
};

export const OPENAI_RUN_FIELDS: readonly RunField[] = [
  SOURCE_FIELD,
  BASE_MODEL_FIELD,
  // Model names carry the suffix (ft:base:org:suffix:id).
  suffixField(40),
  epochsField(50),
  LEARNING_RATE_MULTIPLIER,
  batchSizeField(256),
  SEED_FIELD,
];
