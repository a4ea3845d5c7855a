// Provider id → how to build its adapter and what its rules are. ProvidersService asks this table and
// never checks a provider's name; a provider listed with `null` is shown as "coming" (its capabilities say
// `available: false`). Adding one: its folder exports an entry, and it gets one line here.
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import type { StoredAccountSettings } from '../../../../shared/domain/providers/accountSettings';
import type { PracticeService } from '../practice';
import { ALIBABA_ENTRY, type AlibabaEndpoint } from './alibaba';
import type { NetworkReporter } from './callRunner';
import { NEBIUS_ENTRY, type NebiusEndpoint } from './nebius';
import { OPENAI_ENTRY, PRACTICE_ENTRY, type OpenAIEndpoint } from './openai';
import type { FineTuningProvider } from './Provider';
import type { ProviderRules } from './rules';
import { TOGETHER_ENTRY, type TogetherEndpoint } from './together';

/** Where a provider lives and how patient to be with it: tests and the e2e harness point these at practice services. */
export interface ProviderEndpoints {
  openai?: OpenAIEndpoint;
  alibaba?: AlibabaEndpoint;
  together?: TogetherEndpoint;
  nebius?: NebiusEndpoint;
}

/** An in-process practice service a provider's own adapter reaches in practice mode (through its fetch). */
export interface PracticeTransport {
  fetch: typeof fetch;
}

export interface AdapterContext {
  /** The stored key ('' for practice, which needs none). */
  apiKey: string;
  accounts: StoredAccountSettings;
  /** Stores what the adapter learned about the account (e.g. the Alibaba region found by probing). */
  remember(change: (accounts: StoredAccountSettings) => StoredAccountSettings): void;
  practice: PracticeService;
  /**
   * In-process practice services by provider (Alibaba, Nebius, Together), used when the stored key is one
   * of that practice service's keys: practice mode runs the provider's own adapter.
   */
  practices: Partial<Record<ProviderId, PracticeTransport>>;
  network: NetworkReporter;
  onRetry(attempt: number, error: unknown): void;
  endpoints: ProviderEndpoints;
}

export interface ProviderEntry {
  rules: ProviderRules;
  create(context: AdapterContext): FineTuningProvider;
}

export const PROVIDER_REGISTRY: Readonly<Record<ProviderId, ProviderEntry | null>> = {
  practice: PRACTICE_ENTRY,
  openai: OPENAI_ENTRY,
  alibaba: ALIBABA_ENTRY,
  nebius: NEBIUS_ENTRY,
  together: TOGETHER_ENTRY,
};
