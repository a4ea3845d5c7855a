// Which provider new work goes to, and a ready adapter for each. Practice is the default and needs no key:
// it is the same OpenAI adapter over the in-process practice service. OpenAI is built from the vault's key
// and the account settings (organization, project) each time it is asked for, so a changed key takes
// effect at once and no adapter outlives its key. Alibaba and Together are described (capabilities) but
// not built yet: asking for them is `not_supported`, never a silent fallback.
import path from 'node:path';
import { z } from 'zod';
import type { KeyedProviderId } from '../../../../shared/domain/keys';
import type { ProviderId } from '../../../../shared/domain/pricing/catalog';
import type { AccountReport } from '../../../../shared/domain/providers/account';
import { ALL_PROVIDER_IDS, PROVIDER_CAPABILITIES } from '../../../../shared/domain/providers/capabilities';
import { appError } from '../../../../shared/ipc/errors';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import type { OpenAIAccountSettings, ProviderSummary } from '../../../../shared/ipc/schemas/providers';
import type { Logger } from '../app/Logger';
import { DEFAULT_PRACTICE_KEY, PRACTICE_BASE_URL, type PracticeService } from '../practice';
import type { AlibabaPracticeService } from '../practice/alibaba';
import type { NebiusPracticeService } from '../practice/nebius';
import type { TogetherPracticeService } from '../practice/together';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import { buildAccountReport } from './accountReport';
import { NetworkMonitor, type NetworkTimers } from './NetworkMonitor';
import { OPENAI_BASE_URL } from './openai/client';
import { OpenAIProvider, type OpenAIProviderOptions } from './openai/OpenAIProvider';
import type { PriceBook } from './PriceBook';
import type { FineTuningProvider } from './Provider';

const settingsSchema = z.object({
  active: z.enum(ALL_PROVIDER_IDS),
  openai: z.object({ organization: z.string().nullable(), project: z.string().nullable() }),
  /** The first-run "connect or practise" prompt was answered; it is not shown again. */
  firstRunPromptDone: z.boolean().default(false),
});
export type ProviderSettings = z.infer<typeof settingsSchema>;

export async function openProviderSettings(dir: string): Promise<DurableJsonFile<ProviderSettings>> {
  return DurableJsonFile.open({
    file: path.join(dir, 'providers.json'),
    version: 1,
    schema: settingsSchema,
    defaults: () => ({
      active: 'practice',
      openai: { organization: null, project: null },
      firstRunPromptDone: false,
    }),
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
  /** Tests only: where "OpenAI" lives and how to reach it, and adapter tuning. */
  openai?: Partial<
    Pick<OpenAIProviderOptions, 'baseURL' | 'fetch' | 'interactiveTimeoutMs' | 'retryPolicy' | 'sleep'>
  >;
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
    if (id === 'practice') {
      return new OpenAIProvider({
        id: 'practice',
        apiKey: DEFAULT_PRACTICE_KEY,
        baseURL: PRACTICE_BASE_URL,
        fetch: this.deps.practice.fetch,
        network: this.network,
        onRetry: this.logRetry('practice'),
      });
    }
    if (!PROVIDER_CAPABILITIES[id].available) throw appError('not_supported');
    const apiKey = this.deps.keys.get(id);
    if (!apiKey) throw appError('key_missing');
    const { organization, project } = this.deps.settings.get().openai;
    return new OpenAIProvider({
      id: 'openai',
      apiKey,
      baseURL: this.deps.openai?.baseURL ?? OPENAI_BASE_URL,
      organization,
      project,
      network: this.network,
      onRetry: this.logRetry('openai'),
      ...this.deps.openai,
    });
  }

  summaries(): ProviderSummary[] {
    const active = this.activeId();
    return ALL_PROVIDER_IDS.map((id) => ({
      id,
      capabilities: PROVIDER_CAPABILITIES[id],
      connected: this.isConnected(id),
      active: id === active,
    }));
  }

  async use(id: ProviderId): Promise<ProviderSummary[]> {
    if (!PROVIDER_CAPABILITIES[id].available) throw appError('not_supported');
    if (!this.isConnected(id)) throw appError('key_missing');
    await this.deps.settings.update((s) => ({ ...s, active: id }));
    return this.summaries();
  }

  async testAccount(id: ProviderId, signal?: AbortSignal): Promise<AccountReport> {
    const provider = this.get(id);
    const probe = await provider.probeAccount(signal ? { signal } : {});
    const report = buildAccountReport(id, probe, this.deps.prices, this.deps.now());
    this.deps.logger.log('info', 'accounts.tested', { provider: id, verdict: report.availability.verdict });
    return report;
  }

  openAiSettings(): OpenAIAccountSettings {
    return this.deps.settings.get().openai;
  }

  async configureOpenAi(settings: OpenAIAccountSettings): Promise<OpenAIAccountSettings> {
    const clean = (v: string | null) => (v && v.trim() !== '' ? v.trim() : null);
    const next = { organization: clean(settings.organization), project: clean(settings.project) };
    await this.deps.settings.update((s) => ({ ...s, openai: next }));
    return next;
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

  private isConnected(id: ProviderId): boolean {
    return id === 'practice' || this.deps.keys.get(id) !== null;
  }
}
