// The practice service's public door. See PracticeService.ts for the options and README.md for the choices
// where the practice service deliberately differs from (or fills gaps in) what OpenAI documents.
export {
  createPracticeService,
  PRACTICE_BASE_URL,
  type PracticeService,
  type PracticeServiceOptions,
  type TransportEnv,
} from './PracticeService';
export { listenPracticeService, type PracticeServer } from './server';
export {
  createManualClock,
  systemClock,
  JOB_DURATIONS,
  type Clock,
  type ManualClock,
  type JobDurations,
} from './clock';
export { DEFAULT_PRACTICE_KEY, type AccountProfile, type AccountsOption } from './accounts';
export type { FaultAction, FaultRule, FaultHandle, SeenRequest, FaultInjector } from './faults';
export { PracticeStateSchema, type PracticePersistence, type PracticeState, type LoadOutcome } from './state';
export {
  RETIRING_PRACTICE_KEY,
  RETIRING_REFUSING_KEY,
  RETIRING_ACCOUNTS,
  withRetiringAccount,
} from './retiringAccount';
