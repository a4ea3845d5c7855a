// The Together AI practice service's public door. See TogetherPracticeService.ts for the layout and options
// and README.md for every behaviour the reference could not confirm and the setting that changes it.
export {
  TOGETHER_PRACTICE_BASE_URL,
  TOGETHER_PRACTICE_ORIGIN,
  TOGETHER_PRACTICE_V2_URL,
  createTogetherPracticeService,
  type TogetherPracticeService,
  type TogetherPracticeServiceOptions,
} from './TogetherPracticeService';
export { TOGETHER_PRACTICE_KEY, type TogetherAccountProfile, type TogetherAccountsOption } from './accounts';
export type { DeploymentUsage } from './deployments';
export {
  DEFAULT_TOGETHER_CATALOG,
  DEFAULT_TOGETHER_HARDWARE,
  DEFAULT_TOGETHER_SETTINGS,
  TOGETHER_DURATIONS,
  isReferenceBase,
  type TogetherBaseModel,
  type TogetherDurations,
  type TogetherHardware,
  type TogetherSimulatorSettings,
} from './settings';
export { TogetherPracticeStateSchema, type TogetherPracticeState } from './state';
