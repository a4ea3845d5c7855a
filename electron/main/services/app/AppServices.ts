// The composition root for main-process services. Plain TypeScript: the Electron entry passes real
// adapters (safeStorage, shell, userData path), the end-to-end harness passes test ones.
import path from 'node:path';
import type { Settings } from '../../../../shared/domain/settings';
import type { StartupNotice } from '../../../../shared/ipc/schemas/app';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import { KeyVault } from '../keys/KeyVault';
import type { SecretCipher } from '../keys/SecretCipher';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import {
  createPracticeService,
  PracticeStateSchema,
  type PracticeService,
  type PracticeState,
} from '../practice';
import { openProviderSettings, PriceBook, ProvidersService } from '../providers';
import { createLogger, type Logger, type LogSink } from './Logger';
import { openSettings } from './SettingsService';

export interface PlatformAdapters {
  userDataDir: string;
  cipher: SecretCipher;
  openExternal(url: string): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  logSink: LogSink;
  version: string;
  platform: string;
  /** The app's clock for dates users see (countdowns, wind-down); default: the system clock. */
  now?: () => Date;
}

export interface AppServices {
  version: string;
  platform: string;
  startupNotices: StartupNotice[];
  settings: DurableJsonFile<Settings>;
  keys: KeyVault;
  logger: Logger;
  practice: PracticeService;
  prices: PriceBook;
  providers: ProvidersService;
  openExternal(url: string): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}

export async function createAppServices(adapters: PlatformAdapters): Promise<AppServices> {
  const dataDir = path.join(adapters.userDataDir, 'tunesmith');
  const settings = await openSettings(dataDir);
  const keys = await KeyVault.open(dataDir, adapters.cipher);
  const logger = createLogger(adapters.logSink, () => keys.secrets());

  const startupNotices: StartupNotice[] = [];
  if (settings.outcome === 'restored-from-backup' || settings.outcome === 'reset-to-defaults') {
    startupNotices.push({
      code:
        settings.outcome === 'restored-from-backup'
          ? 'settings_restored_from_backup'
          : 'settings_reset_to_defaults',
      file: settings.quarantinedAs ?? undefined,
    });
    logger.log('warn', 'settings.recovered', {
      outcome: settings.outcome,
      quarantinedAs: settings.quarantinedAs,
    });
  }
  if (!keys.encryptionAvailable) startupNotices.push({ code: 'encryption_unavailable' });

  // Practice files, jobs and models survive a restart: the practice service writes through a durable file.
  const practiceFile = await DurableJsonFile.open({
    file: path.join(dataDir, 'practice.json'),
    version: 1,
    schema: PracticeStateSchema.nullable(),
    defaults: () => null,
  });
  const practice = createPracticeService({
    persistence: {
      load: () => practiceFile.get(),
      // DurableJsonFile validates against the schema on every write.
      save: async (state) => {
        await practiceFile.set(state as PracticeState);
      },
    },
  });
  if (practice.loadOutcome.kind === 'rejected')
    logger.log('warn', 'practice.state_rejected', { reason: practice.loadOutcome.reason });
  const prices = await PriceBook.open(dataDir);
  const providers = new ProvidersService({
    keys,
    practice,
    prices,
    settings: await openProviderSettings(dataDir),
    now: adapters.now ?? (() => new Date()),
    emit: adapters.emit,
    logger,
  });

  return {
    version: adapters.version,
    platform: adapters.platform,
    startupNotices,
    settings,
    keys,
    logger,
    practice,
    prices,
    providers,
    openExternal: adapters.openExternal,
    emit: adapters.emit,
  };
}
