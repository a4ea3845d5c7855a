// Codes from main → literal translation keys, so every key is one the compiler and the locale test can see
// (no template-string keys). Data-check titles reuse the Examples page's own texts (checks.codes.*).
import type { IssueCode } from '../../../shared/domain/dataset/codes';
import type { EpochReason } from '../../../shared/domain/epochs';
import type { JobStatus } from '../../../shared/domain/providers/status';
import type { LossReading } from '../../../shared/domain/training/lossReading';
import type { NextStep } from '../../../shared/domain/training/nextStep';
import type { StartBlock } from '../../../shared/domain/training/plan';
import type { TimelineStage } from '../../../shared/domain/training/timeline';

export const STAGE_TEXT = {
  upload: 'train.stage.upload',
  checking: 'train.stage.checking',
  waiting: 'train.stage.waiting',
  training: 'train.stage.training',
  done: 'train.stage.done',
} as const satisfies Record<TimelineStage, string>;

export const STATUS_TEXT = {
  validating: 'train.status.validating',
  queued: 'train.status.queued',
  running: 'train.status.running',
  paused: 'train.status.paused',
  succeeded: 'train.status.succeeded',
  failed: 'train.status.failed',
  cancelled: 'train.status.cancelled',
  unknown: 'train.status.unknown',
} as const satisfies Record<JobStatus, string>;

export const READING_TEXT = {
  'too-early': { title: 'train.reading.tooEarly.title', body: 'train.reading.tooEarly.body' },
  'still-learning': { title: 'train.reading.stillLearning.title', body: 'train.reading.stillLearning.body' },
  learned: { title: 'train.reading.learned.title', body: 'train.reading.learned.body' },
  memorising: { title: 'train.reading.memorising.title', body: 'train.reading.memorising.body' },
} as const satisfies Record<LossReading, { title: string; body: string }>;

export const EPOCH_REASON_TEXT = {
  default: 'train.epochs.reason.default',
  'small-dataset': 'train.epochs.reason.smallDataset',
  'large-dataset': 'train.epochs.reason.largeDataset',
} as const satisfies Record<EpochReason, string>;

export const BLOCK_TEXT = {
  data_errors: 'train.blocked.dataErrors',
  over_budget: 'train.blocked.overBudget',
  model_retired: 'train.blocked.modelRetired',
  no_price: 'train.blocked.noPrice',
  flagged_content: 'train.blocked.flagged',
  conversion_errors: 'conversion.blocked',
} as const satisfies Record<StartBlock, string>;

export const NEXT_STEP_TEXT = {
  add_examples: 'train.next.addExamples',
  remove_flagged: 'train.next.removeFlagged',
  billing: 'train.next.billing',
  fix_example: 'train.next.fixExample',
  check_key: 'train.next.checkKey',
  model_unavailable: 'train.next.modelUnavailable',
  retry_later: 'train.next.retryLater',
  start_again: 'train.next.startAgain',
  unknown: 'train.next.unknown',
} as const satisfies Record<NextStep['kind'], string>;

/** Error-level data checks (the ones that block a start), by code. */
const BLOCKING = {
  empty_file: { title: 'checks.codes.empty_file.title', what: 'checks.codes.empty_file.what' },
  binary_file: { title: 'checks.codes.binary_file.title', what: 'checks.codes.binary_file.what' },
  invalid_bytes: { title: 'checks.codes.invalid_bytes.title', what: 'checks.codes.invalid_bytes.what' },
  line_too_long: { title: 'checks.codes.line_too_long.title', what: 'checks.codes.line_too_long.what' },
  json_syntax: { title: 'checks.codes.json_syntax.title', what: 'checks.codes.json_syntax.what' },
  csv_syntax: { title: 'checks.codes.csv_syntax.title', what: 'checks.codes.csv_syntax.what' },
  table_columns_unmapped: {
    title: 'checks.codes.table_columns_unmapped.title',
    what: 'checks.codes.table_columns_unmapped.what',
  },
  data_type: { title: 'checks.codes.data_type.title', what: 'checks.codes.data_type.what' },
  missing_messages_list: {
    title: 'checks.codes.missing_messages_list.title',
    what: 'checks.codes.missing_messages_list.what',
  },
  message_missing_key: {
    title: 'checks.codes.message_missing_key.title',
    what: 'checks.codes.message_missing_key.what',
  },
  message_unrecognized_key: {
    title: 'checks.codes.message_unrecognized_key.title',
    what: 'checks.codes.message_unrecognized_key.what',
  },
  unrecognized_role: {
    title: 'checks.codes.unrecognized_role.title',
    what: 'checks.codes.unrecognized_role.what',
  },
  missing_content: { title: 'checks.codes.missing_content.title', what: 'checks.codes.missing_content.what' },
  example_missing_assistant_message: {
    title: 'checks.codes.example_missing_assistant_message.title',
    what: 'checks.codes.example_missing_assistant_message.what',
  },
  invalid_weight: { title: 'checks.codes.invalid_weight.title', what: 'checks.codes.invalid_weight.what' },
  too_many_tokens: { title: 'checks.codes.too_many_tokens.title', what: 'checks.codes.too_many_tokens.what' },
  secret_api_key: { title: 'checks.codes.secret_api_key.title', what: 'checks.codes.secret_api_key.what' },
  too_few_examples: {
    title: 'checks.codes.too_few_examples.title',
    what: 'checks.codes.too_few_examples.what',
  },
  train_validation_overlap: {
    title: 'checks.codes.train_validation_overlap.title',
    what: 'checks.codes.train_validation_overlap.what',
  },
} as const satisfies Partial<Record<IssueCode, { title: string; what: string }>>;

export const BLOCKING_ISSUE_TEXT: Partial<Record<IssueCode, (typeof BLOCKING)[keyof typeof BLOCKING]>> =
  BLOCKING;
