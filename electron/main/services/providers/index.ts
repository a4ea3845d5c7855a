// Providers' public door for the rest of main (handlers, AppServices, later the jobs service).
export {
  ProvidersService,
  openProviderSettings,
  type ProviderSettings,
  type ProvidersServiceDeps,
} from './ProvidersService';
export { PriceBook } from './PriceBook';
export { NetworkMonitor } from './NetworkMonitor';
export { OpenAIProvider, type OpenAIProviderOptions } from './openai/OpenAIProvider';
export { toIpcError, asAppError } from './errorMapping';
export { assertKeyShape } from './keyShape';
export { INTERACTIVE_TIMEOUT_MS, uploadTimeoutMs, DEFAULT_RETRY_POLICY } from './callPolicy';
export type * from './Provider';
