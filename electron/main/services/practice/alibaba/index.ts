// The Alibaba practice service's public door. See AlibabaPracticeService.ts for the hosts and options and
// README.md for every behaviour the reference could not confirm and the setting that changes it.
export {
  ALIBABA_PRACTICE_HOSTS,
  ALIBABA_PRACTICE_ORIGIN,
  alibabaPracticeHosts,
  createAlibabaPracticeService,
  type AlibabaPracticeService,
  type AlibabaPracticeServiceOptions,
  type AlibabaTokenizer,
} from './AlibabaPracticeService';
export {
  ALIBABA_PRACTICE_KEYS,
  DEFAULT_ALIBABA_ACCOUNTS,
  type AlibabaAccountProfile,
  type AlibabaAccountsOption,
} from './accounts';
export {
  ALIBABA_DURATIONS,
  ALIBABA_REGIONS,
  DEFAULT_ALIBABA_SETTINGS,
  type AlibabaDurations,
  type AlibabaRegion,
  type AlibabaSimulatorSettings,
  type DeploymentPlan,
  type TrainingType,
} from './settings';
export { AlibabaPracticeStateSchema, type AlibabaPracticeState } from './state';
export { COMPAT_ERRORS, compatFault, type CompatErrorName } from './errors';
