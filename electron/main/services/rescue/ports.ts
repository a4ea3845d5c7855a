// What the rescue service needs from the rest of main, as narrow ports (so tests pass fakes or the real
// services, and the service never imports electron). Each is satisfied by an existing service's public
// methods: ProjectsService, TrainingService, ProvidersService, PriceBook, the dialogs, the logger.
import type { ProviderId } from '../../../../shared/domain/pricing/catalog';
import type { OpenProject, ProjectExample, ProjectMeta } from '../../../../shared/domain/projects/types';
import type { ChatExample } from '../../../../shared/domain/chat';
import type { ModelsAnswer, RunSettings } from '../../../../shared/domain/training/plan';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import type { ModelPrice } from '../../../../shared/domain/pricing/catalog';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import type { ProviderSummary } from '../../../../shared/ipc/schemas/providers';
import type { DialogPort } from '../projects/DialogPort';
import type { FineTuningProvider } from '../providers';
import type { AccountConnection } from './RetiringAccountClient';
import type { RescueSource } from '../../../../shared/domain/rescue/types';

export interface RescuePorts {
  dataDir: string;
  /** How to reach the account that holds the retiring models; null when there is no key for it. */
  connection(source: RescueSource): AccountConnection | null;
  /** Puts the sample retiring account's models, jobs, files and stored completions in place. */
  seedSample(): void;
  projects: {
    create(name: string, examples?: ProjectExample[], extra?: Partial<ProjectMeta>): Promise<OpenProject>;
    examplesOf(id: string): Promise<readonly ProjectExample[]>;
    appendCorrected(id: string, example: ChatExample, correctedFrom: string): Promise<ProjectExample>;
  };
  training: {
    models(): ModelsAnswer;
    start(settings: RunSettings): Promise<TrainingRun>;
    runs(): TrainingRun[];
  };
  providers: {
    active(): FineTuningProvider;
    activeId(): ProviderId;
    get(id: ProviderId): FineTuningProvider;
    summaries(): ProviderSummary[];
    use(id: ProviderId): Promise<unknown>;
  };
  prices: { priceOf(provider: ProviderId, model: string): ModelPrice | undefined };
  dialogs: DialogPort;
  /** The app clock (what countdowns and notifications are computed from). */
  now(): Date;
  /** Abortable wait on that clock. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  logger: { log(level: 'info' | 'warn' | 'error', event: string, data?: Record<string, unknown>): void };
}
