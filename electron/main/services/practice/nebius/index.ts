// The Nebius practice service's public door. See NebiusPracticeService.ts for the layout and options and
// README.md for every behaviour the reference could not confirm and the setting that changes it.
export {
  NEBIUS_PRACTICE_BASE_URL,
  NEBIUS_PRACTICE_ORIGIN,
  createNebiusPracticeService,
  type NebiusPracticeService,
  type NebiusPracticeServiceOptions,
} from './NebiusPracticeService';
export { NEBIUS_PRACTICE_KEY, type NebiusAccountProfile, type NebiusAccountsOption } from './accounts';
export {
  DEFAULT_NEBIUS_CATALOG,
  DEFAULT_NEBIUS_SETTINGS,
  NEBIUS_DURATIONS,
  type NebiusBaseModel,
  type NebiusDurations,
  type NebiusSimulatorSettings,
} from './settings';
export { NebiusPracticeStateSchema, type NebiusPracticeState } from './state';
