// The composition root for main-process services. Plain TypeScript: the Electron entry passes real
// adapters (safeStorage, shell, userData path), the end-to-end harness passes test ones.
import path from 'node:path';
import type { Settings } from '../../../../shared/domain/settings';
import type { StartupNotice } from '../../../../shared/ipc/schemas/app';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import { KeyVault } from '../keys/KeyVault';
import type { SecretCipher } from '../keys/SecretCipher';
import type { DurableJsonFile } from '../storage/DurableJsonFile';
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
}

export interface AppServices {
  version: string;
  platform: string;
  startupNotices: StartupNotice[];
  settings: DurableJsonFile<Settings>;
  keys: KeyVault;
  logger: Logger;
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
      code: settings.outcome === 'restored-from-backup' ? 'settings_restored_from_backup' : 'settings_reset_to_defaults',
      file: settings.quarantinedAs ?? undefined,
    });
    logger.log('warn', 'settings.recovered', { outcome: settings.outcome, quarantinedAs: settings.quarantinedAs });
  }
  if (!keys.encryptionAvailable) startupNotices.push({ code: 'encryption_unavailable' });

  return {
    version: adapters.version,
    platform: adapters.platform,
    startupNotices,
    settings,
    keys,
    logger,
    openExternal: adapters.openExternal,
    emit: adapters.emit,
  };
}
