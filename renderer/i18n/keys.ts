// Keys chosen at run time go through these maps instead of template strings, so that every key is a
// literal the compiler checks and the unused-key test can find, and a new code without text fails to build.
import type { KeyedProviderId, KeyStorage } from '../../shared/domain/keys';
import type { ProviderId } from '../../shared/domain/pricing/catalog';
import type { TrainingVerdict, VerdictReason } from '../../shared/domain/providers/account';
import type { ErrorCode } from '../../shared/ipc/errors';
import type { JudgeVerdict, SetupKind, TestRunStatus } from '../../shared/domain/tryout/types';
import type { StartupNotice } from '../../shared/ipc/schemas/app';
import type { Route } from '../state/navigation';

export const ERROR_TEXT = {
  bad_input: 'errors.bad_input',
  billing_arrears: 'errors.billing_arrears',
  forbidden_sender: 'errors.forbidden_sender',
  unknown_route: 'errors.unknown_route',
  internal: 'errors.internal',
  key_rejected: 'errors.key_rejected',
  no_fine_tuning_access: 'errors.no_fine_tuning_access',
  quota_exceeded: 'errors.quota_exceeded',
  rate_limited: 'errors.rate_limited',
  model_not_found: 'errors.model_not_found',
  file_invalid: 'errors.file_invalid',
  not_found: 'errors.not_found',
  server_error: 'errors.server_error',
  offline: 'errors.offline',
  timeout: 'errors.timeout',
  cancelled: 'errors.cancelled',
  encryption_unavailable: 'errors.encryption_unavailable',
  storage_failed: 'errors.storage_failed',
  permission_denied: 'errors.permission_denied',
  request_rejected: 'errors.request_rejected',
  key_missing: 'errors.key_missing',
  not_supported: 'errors.not_supported',
  key_shape: 'errors.key_shape',
  content_blocked: 'providerErrors.content_blocked',
  free_tier_used_up: 'providerErrors.free_tier_used_up',
  not_servable: 'nebius.errors.not_servable',
  not_deployed: 'errors.not_deployed',
  spending_limit: 'errors.spending_limit',
  not_deployable: 'errors.not_deployable',
} as const satisfies Record<ErrorCode, string>;

export const ROUTE_TEXT = {
  learn: 'rail.learn',
  examples: 'rail.examples',
  train: 'rail.train',
  try: 'rail.try',
  settings: 'rail.settings',
  rescue: 'rescue.nav',
  evidence: 'evidence.nav',
} as const satisfies Record<Route, string>;

export const PROVIDER_TEXT = {
  openai: 'settings.providers.openai',
  alibaba: 'settings.providers.alibaba',
  nebius: 'settings.providers.nebius',
  together: 'settings.providers.together',
} as const satisfies Record<KeyedProviderId, string>;

export const STORAGE_TEXT = {
  encrypted: 'settings.storage.encrypted',
  'session-only': 'settings.storage.session-only',
  unprotected: 'settings.storage.unprotected',
} as const satisfies Record<KeyStorage, string>;

export const NOTICE_TEXT = {
  settings_restored_from_backup: 'notices.settings_restored_from_backup',
  settings_reset_to_defaults: 'notices.settings_reset_to_defaults',
  encryption_unavailable: 'notices.encryption_unavailable',
  hourly_deployment_running: 'notices.hourly_deployment_running',
} as const satisfies Record<StartupNotice['code'], string>;

// Providers and accounts (issue 4).
export const ACCOUNT_PROVIDER_TEXT = {
  practice: 'accounts.providers.practice',
  openai: 'settings.providers.openai',
  alibaba: 'settings.providers.alibaba',
  nebius: 'settings.providers.nebius',
  together: 'settings.providers.together',
} as const satisfies Record<ProviderId, string>;

export const PROVIDER_BLURB_TEXT = {
  practice: 'accounts.blurb.practice',
  openai: 'accounts.blurb.openai',
  alibaba: 'accounts.blurb.alibaba',
  nebius: 'accounts.blurb.nebius',
  together: 'accounts.blurb.together',
} as const satisfies Record<ProviderId, string>;

export const VERDICT_TEXT = {
  yes: 'accounts.verdict.yes',
  likely: 'accounts.verdict.likely',
  unknown: 'accounts.verdict.unknown',
  unlikely: 'accounts.verdict.unlikely',
  no: 'accounts.verdict.no',
} as const satisfies Record<TrainingVerdict, string>;

export const VERDICT_REASON_TEXT = {
  practice: 'accounts.reason.practice',
  wind_down_ended: 'accounts.reason.wind_down_ended',
  no_access: 'accounts.reason.no_access',
  never_trained: 'accounts.reason.never_trained',
  recent_job: 'accounts.reason.recent_job',
  activity_unknown: 'accounts.reason.activity_unknown',
  key_accepted: 'accounts.reason.key_accepted',
} as const satisfies Record<VerdictReason, string>;

export const DEPLOYMENT_TEXT = {
  none: 'accounts.deployment.none',
  'per-token': 'accounts.deployment.per-token',
  'per-hour': 'accounts.deployment.per-hour',
} as const satisfies Record<'none' | 'per-token' | 'per-hour', string>;

// Try page (issue 7).
export const TRY_KIND_TEXT = {
  'fine-tuned': 'try.kind.fine-tuned',
  base: 'try.kind.base',
  'few-shot': 'try.kind.few-shot',
  notes: 'notes.setupKind',
} as const satisfies Record<SetupKind, string>;

export const TEST_STATUS_TEXT = {
  running: 'try.test.status.running',
  finished: 'try.test.status.finished',
  cancelled: 'try.test.status.cancelled',
  failed: 'try.test.status.failed',
} as const satisfies Record<TestRunStatus, string>;

export const JUDGE_READ_TEXT = {
  json: 'try.test.judgeReadAs.json',
  labelled: 'try.test.judgeReadAs.labelled',
  fraction: 'try.test.judgeReadAs.fraction',
  none: 'try.test.judgeNone',
  ambiguous: 'try.test.judgeAmbiguous',
} as const satisfies Record<JudgeVerdict['readAs'], string>;

// Alibaba (issue 12): the regions a key can belong to.
export const ALIBABA_REGION_TEXT = {
  auto: 'alibaba.region.auto',
  singapore: 'alibaba.region.singapore',
  beijing: 'alibaba.region.beijing',
} as const;
