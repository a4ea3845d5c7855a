// Which provider new work goes to, and a ready adapter for each. Practice is the default and needs no key.
// Adapters come from the registry (registry.ts: id → factory and rules), built from the vault's key and the
// account settings each time they are asked for, so a changed key takes effect at once and no adapter
// outlives its key. A provider the registry lists as null is described (capabilities) but not built yet:
// asking for it is `not_supported`, never a silent fallback.
import path from 'node:path';
import { z } from 'zod';
import type { KeyedProviderId } from '../../../../shared/domain/keys';
import type { ProviderId } from '../../../../shared/domain/pricing/catalog';
import type { AccountReport } from '../../../../shared/domain/providers/account';
import {
  DEFAULT_ACCOUNT_SETTINGS,
  storedAccountSettings,
  type AccountSettings,
  type AccountSettingsInput,
  type ConfigurableProviderId,
  type StoredAccountSettings,
} from '../../../../shared/domain/providers/accountSettings';
import { ALL_PROVIDER_IDS, PROVIDER_CAPABILITIES } from '../../../../shared/domain/providers/capabilities';
import { appError } from '../../../../shared/ipc/errors';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import type { ProviderSummary } from '../../../../shared/ipc/schemas/providers';
import type { Logger } from '../app/Logger';
import type { PracticeService } from '../practice';
import type { AlibabaPracticeService } from '../practice/alibaba';
import type { NebiusPracticeService } from '../practice/nebius';
import type { TogetherPracticeService } from '../practice/together';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import { buildAccountReport } from './accountReport';
import { NetworkMonitor, type NetworkTimers } from './NetworkMonitor';
import type { AlibabaEndpoint } from './alibaba';
import type { NebiusEndpoint } from './nebius';
import type { OpenAIEndpoint } from './openai';
import type { TogetherEndpoint } from './together';
import type { PriceBook } from './PriceBook';
import type { FineTuningProvider } from './Provider';
import { PROVIDER_REGISTRY, type ProviderEntry } from './registry';
import type { ProviderRules } from './rules';

const settingsSchema = z.object({
  active: z.enum(ALL_PROVIDER_IDS),
  accounts: storedAccountSettings,
  /** The first-run "connect or practise" prompt was answered; it is not shown again. */
  firstRunPromptDone: z.boolean().default(false),
});
export type ProviderSettings = z.infer<typeof settingsSchema>;

export async function openProviderSettings(dir: string): Promise<DurableJsonFile<ProviderSettings>> {
  return DurableJsonFile.open({
    file: path.join(dir, 'providers.json'),
    version: 2,
    schema: settingsSchema,
    defaults: () => ({
      active: 'practice',
      accounts: DEFAULT_ACCOUNT_SETTINGS,
      firstRunPromptDone: false,
    }),
    migrations: {
      // Version 1 kept OpenAI's organization and project at the top; they move into the accounts union.
      2: (data) => {
        const v1 = data as { openai?: { organization: string | null; project: string | null } };
        const { openai, ...rest } = v1;
        return {
          ...rest,
          accounts: {
            ...DEFAULT_ACCOUNT_SETTINGS,
            openai: { provider: 'openai', organization: null, project: null, ...openai },
          },
        };
      },
    },
  });
}

export interface ProvidersServiceDeps {
  keys: { get(provider: KeyedProviderId): string | null };
  practice: PracticeService;
  /** The practice Alibaba Model Studio (fetch + ALIBABA_PRACTICE_HOSTS) for the Alibaba adapter in practice mode. */
  alibabaPractice?: AlibabaPracticeService;
  /** The practice Nebius Token Factory (fetch + NEBIUS_PRACTICE_BASE_URL) for the Nebius adapter in practice mode. */
  nebiusPractice?: NebiusPracticeService;
  /** The practice Together AI (fetch + TOGETHER_PRACTICE_BASE_URL / _V2_URL) for the Together adapter in practice mode. */
  togetherPractice?: TogetherPracticeService;
  prices: PriceBook;
  settings: DurableJsonFile<ProviderSettings>;
  now(): Date;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  logger: Logger;
  /** Tests only: where "OpenAI" and "Alibaba" live and how to reach them, and adapter tuning. */
  openai?: OpenAIEndpoint;
  alibaba?: AlibabaEndpoint;
  nebius?: NebiusEndpoint;
  together?: TogetherEndpoint;
  networkTimers?: NetworkTimers;
}

export class ProvidersService {
  readonly network: NetworkMonitor;

  constructor(private readonly deps: ProvidersServiceDeps) {
    this.network = new NetworkMonitor({
      onChange: (online) => {
        deps.logger.log(online ? 'info' : 'warn', 'network.changed', { online });
        deps.emit('network.changed', { online });
      },
      probe: () => this.get(this.activeId()).ping(),
      ...(deps.networkTimers ? { timers: deps.networkTimers } : {}),
    });
  }

  /** The provider new work goes to: the chosen one while its key is present, else practice. */
  activeId(): ProviderId {
    const chosen = this.deps.settings.get().active;
    return this.isConnected(chosen) && PROVIDER_CAPABILITIES[chosen].available ? chosen : 'practice';
  }

  active(): FineTuningProvider {
    return this.get(this.activeId());
  }

  get(id: ProviderId): FineTuningProvider {
    const entry = this.entry(id);
    const apiKey = id === 'practice' ? '' : this.deps.keys.get(id);
    if (apiKey === null) throw appError('key_missing');
    return entry.create({
      apiKey,
      accounts: this.deps.settings.get().accounts,
      remember: (change) =>
        void this.deps.settings
          .update((s) => ({ ...s, accounts: change(s.accounts) }))
          .then(() => this.deps.emit('providers.changed', { providers: this.summaries() }))
          .catch((error: unknown) => this.deps.logger.log('warn', 'providers.remember_failed', { error })),
      practice: this.deps.practice,
      practices: {
        ...(this.deps.alibabaPractice ? { alibaba: this.deps.alibabaPractice } : {}),
        ...(this.deps.nebiusPractice ? { nebius: this.deps.nebiusPractice } : {}),
        ...(this.deps.togetherPractice ? { together: this.deps.togetherPractice } : {}),
      },
      network: this.network,
      onRetry: this.logRetry(id),
      endpoints: {
        ...(this.deps.openai ? { openai: this.deps.openai } : {}),
        ...(this.deps.alibaba ? { alibaba: this.deps.alibaba } : {}),
        ...(this.deps.nebius ? { nebius: this.deps.nebius } : {}),
        ...(this.deps.together ? { together: this.deps.together } : {}),
      },
    });
  }

  /** What a provider's folder decides (key shape, calls, wind-down, catalog, tokenizer). */
  rules(id: ProviderId): ProviderRules | null {
    return PROVIDER_REGISTRY[id]?.rules ?? null;
  }

  /** Providers that can do something, for features that pick one by capability (e.g. "can train"). */
  providersWhere(test: (summary: ProviderSummary) => boolean): ProviderSummary[] {
    return this.summaries().filter(test);
  }

  summaries(): ProviderSummary[] {
    const active = this.activeId();
    const accounts = this.deps.settings.get().accounts;
    return ALL_PROVIDER_IDS.map((id) => ({
      id,
      capabilities: PROVIDER_CAPABILITIES[id],
      connected: this.isConnected(id),
      active: id === active,
      keyConsoleUrl: PROVIDER_REGISTRY[id]?.rules.key?.consoleUrl ?? null,
      region: id === 'alibaba' ? accounts.alibaba.foundRegion : null,
    }));
  }

  async use(id: ProviderId): Promise<ProviderSummary[]> {
    this.entry(id);
    if (!this.isConnected(id)) throw appError('key_missing');
    await this.deps.settings.update((s) => ({ ...s, active: id }));
    return this.summaries();
  }

  async testAccount(id: ProviderId, signal?: AbortSignal): Promise<AccountReport> {
    const provider = this.get(id);
    const probe = await provider.probeAccount(signal ? { signal } : {});
    const report = buildAccountReport(this.entry(id).rules, probe, this.deps.prices, this.deps.now());
    this.deps.logger.log('info', 'accounts.tested', { provider: id, verdict: report.availability.verdict });
    return report;
  }

  accountSettings<P extends ConfigurableProviderId>(provider: P): StoredAccountSettings[P] {
    return this.deps.settings.get().accounts[provider];
  }

  /**
   * Saves one provider's settings. What the app learned about the account (stored fields the input does
   * not carry, e.g. the Alibaba region found) is kept while the input is unchanged and forgotten otherwise.
   */
  async configure(input: AccountSettingsInput): Promise<AccountSettings> {
    let saved: AccountSettings | null = null;
    await this.deps.settings.update((s) => {
      const before = s.accounts[input.provider] as Record<string, unknown>;
      const given = input as Record<string, unknown>;
      const changed = Object.keys(given).some((k) => before[k] !== given[k]);
      const learned = Object.keys(before).filter((k) => !(k in given));
      const next = {
        ...before,
        ...given,
        ...(changed ? Object.fromEntries(learned.map((k) => [k, null])) : {}),
      } as AccountSettings;
      saved = next;
      return { ...s, accounts: { ...s.accounts, [input.provider]: next } };
    });
    this.deps.emit('providers.changed', { providers: this.summaries() });
    return saved ?? this.accountSettings(input.provider);
  }

  firstRunPromptDone(): boolean {
    return this.deps.settings.get().firstRunPromptDone;
  }

  async finishFirstRunPrompt(): Promise<void> {
    await this.deps.settings.update((s) => ({ ...s, firstRunPromptDone: true }));
  }

  dispose(): void {
    this.network.dispose();
  }

  /** Retries are logged with the status only: provider messages can echo a (redacted) key. */
  private logRetry(provider: ProviderId) {
    return (attempt: number, error: unknown) => {
      const status = (error as { status?: number }).status ?? 'connection';
      this.deps.logger.log('warn', 'provider.retry', { provider, attempt, status });
    };
  }

  private entry(id: ProviderId): ProviderEntry {
    const entry = PROVIDER_REGISTRY[id];
    if (!entry || !PROVIDER_CAPABILITIES[id].available) throw appError('not_supported');
    return entry;
  }

  private isConnected(id: ProviderId): boolean {
    return id === 'practice' || this.deps.keys.get(id as KeyedProviderId) !== null;
  }
}
