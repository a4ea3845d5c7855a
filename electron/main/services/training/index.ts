// The Train feature's door in main, and its wiring from the app's services: which data it trains on
// (Examples projects), which account a file upload belongs to (for reuse), the user's language (for
// notifications), and the platform hooks (notifications, wake-ups) that the Electron adapter supplies.
import { createHash } from 'node:crypto';
import type { DurableJsonFile } from '../storage/DurableJsonFile';
import type { Settings, Language } from '../../../../shared/domain/settings';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import type { KeyVault } from '../keys/KeyVault';
import type { Logger } from '../app/Logger';
import type { PriceBook } from '../providers/PriceBook';
import type { ProvidersService } from '../providers/ProvidersService';
import type { PollTimers } from './JobPoller';
import type { Notifier } from './Notifier';
import { projectsDataSource, type ProjectsReader, type TrainingDataSource } from './TrainingDataSource';
import { TrainingService } from './TrainingService';
import { openTrainingStore } from './TrainingStore';
import type { Sleep } from './Uploader';

export { TrainingService } from './TrainingService';
export type { TrainingDataSource } from './TrainingDataSource';

export interface TrainingOptions {
  notifier?: Notifier;
  /** Calls back when the computer wakes from sleep; returns an unsubscribe. */
  onResume?: (callback: () => void) => () => void;
  /** The OS language, used when the user's language setting is "system". */
  systemLanguage?: () => Language;
  /** Tests: fake or sped-up timers for the poller, a sleep for file processing waits, a clock. */
  timers?: PollTimers;
  sleep?: Sleep;
  now?: () => number;
  /** Tests: replaces Examples projects as the data source. */
  source?: TrainingDataSource;
  /** Tests: crash injection between job creation and saving it (see startPipeline.ts). */
  afterJobCreated?: (run: TrainingRun) => Promise<void>;
}

export interface TrainingWiring {
  dataDir: string;
  prices: PriceBook;
  providers: ProvidersService;
  keys: KeyVault;
  projects: ProjectsReader;
  settings: DurableJsonFile<Settings>;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  logger: Logger;
  options: TrainingOptions;
}

export async function createTrainingService(w: TrainingWiring): Promise<TrainingService> {
  const { options } = w;
  const store = await openTrainingStore(w.dataDir);
  const service = new TrainingService({
    store,
    dataDir: w.dataDir,
    prices: w.prices,
    source: options.source ?? projectsDataSource(w.projects),
    providers: w.providers,
    // The uploaded-file map is per account: practice is one account; an OpenAI key (with its organization
    // and project) is identified by a short one-way hash, never stored itself.
    accountKey: (provider) => {
      if (provider === 'practice') return 'practice';
      const key = w.keys.get(provider) ?? '';
      const account =
        provider === 'openai' || provider === 'alibaba' ? w.providers.accountSettings(provider) : null;
      const { organization = null, project = null } = account?.provider === 'openai' ? account : {};
      const workspace = account?.provider === 'alibaba' ? `${account.region}/${account.workspace ?? ''}` : '';
      const digest = createHash('sha256')
        .update(`${key}\n${organization ?? ''}\n${project ?? ''}${workspace ? `\n${workspace}` : ''}`)
        .digest('hex');
      return `${provider}:${digest.slice(0, 16)}`;
    },
    emitChanged: (run) => w.emit('jobs.changed', { run }),
    notifier: options.notifier ?? { notify: () => undefined },
    language: () => {
      const chosen = w.settings.get().language;
      return chosen === 'system' ? (options.systemLanguage?.() ?? 'en') : chosen;
    },
    now: options.now ?? (() => Date.now()),
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.afterJobCreated ? { afterJobCreated: options.afterJobCreated } : {}),
    log: (level, event, data) => w.logger.log(level, event, data),
  });
  const stopWatchingWake = options.onResume?.(() => service.wake());
  const dispose = service.dispose.bind(service);
  service.dispose = () => {
    stopWatchingWake?.();
    dispose();
  };
  service.resumeAll();
  return service;
}
