// Provider id → how to build its adapter and what its rules are. ProvidersService asks this table and
// never checks a provider's name; a provider listed with `null` is shown as "coming" (its capabilities say
// `available: false`). Adding one: its folder exports an entry, and it gets one line here.
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import type { StoredAccountSettings } from '../../../../shared/domain/providers/accountSettings';
import type { PracticeService } from '../practice';
import type { AlibabaPracticeService } from '../practice/alibaba';
import type { TogetherPracticeService } from '../practice/together';
import { ALIBABA_ENTRY, type AlibabaEndpoint } from './alibaba';
import type { NetworkReporter } from './callRunner';
import { OPENAI_ENTRY, PRACTICE_ENTRY, type OpenAIEndpoint } from './openai';
import type { FineTuningProvider } from './Provider';
import type { ProviderRules } from './rules';
import { TOGETHER_ENTRY, type TogetherEndpoint } from './together';

/** Where a provider lives and how patient to be with it: tests and the e2e harness point these at practice services. */
export interface ProviderEndpoints {
  openai?: OpenAIEndpoint;
  alibaba?: AlibabaEndpoint;
  together?: TogetherEndpoint;
}

export interface AdapterContext {
  /** The stored key ('' for practice, which needs none). */
  apiKey: string;
  accounts: StoredAccountSettings;
  /** Stores what the adapter learned about the account (e.g. the Alibaba region found by probing). */
  remember(change: (accounts: StoredAccountSettings) => StoredAccountSettings): void;
  practice: PracticeService;
  /** The in-process Alibaba practice service, used when the stored Alibaba key is one of its keys. */
  alibabaPractice?: AlibabaPracticeService;
  /** The in-process Together practice service, used when the stored Together key is its key. */
  togetherPractice?: TogetherPracticeService;
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
  nebius: null,
  together: TOGETHER_ENTRY,
};
