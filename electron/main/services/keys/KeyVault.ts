// One API key per provider. Keys live only here, in main: the renderer gets KeyStatus, logs and errors get
// redactKey(). Storage follows the security notes: OS-encrypted when safeStorage works; otherwise kept for
// this run only, unless the user explicitly accepted unprotected storage.
import path from 'node:path';
import { z } from 'zod';
import {
  PROVIDER_IDS,
  type KeyedProviderId,
  type KeyStatus,
  type KeyStorage,
} from '../../../../shared/domain/keys';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import { LocalFileCipher } from './LocalFileCipher';
import type { SecretCipher } from './SecretCipher';

const storedKeySchema = z.object({
  storage: z.enum(['encrypted', 'unprotected']),
  data: z.string(),
  last4: z.string().max(4),
});
const vaultSchema = z.object({ keys: z.partialRecord(z.enum(PROVIDER_IDS), storedKeySchema) });
type VaultData = z.infer<typeof vaultSchema>;

interface LiveKey {
  key: string;
  storage: KeyStorage;
}

export class KeyVault {
  private readonly live = new Map<KeyedProviderId, LiveKey>();
  /** Opened once per vault: every save and unlock uses the same cipher key. */
  private localCipher: Promise<LocalFileCipher> | null = null;

  private constructor(
    private readonly file: DurableJsonFile<VaultData>,
    private readonly cipher: SecretCipher,
    private readonly dir: string,
  ) {}

  static async open(dir: string, cipher: SecretCipher): Promise<KeyVault> {
    const file = await DurableJsonFile.open({
      file: path.join(dir, 'keys.json'),
      version: 1,
      schema: vaultSchema,
      defaults: () => ({ keys: {} }),
    });
    const vault = new KeyVault(file, cipher, dir);
    await vault.unlockStoredKeys();
    return vault;
  }

  get encryptionAvailable(): boolean {
    return this.cipher.isEncryptionAvailable();
  }

  /** Main-process callers only (provider adapters). Never send the result across IPC. */
  get(provider: KeyedProviderId): string | null {
    return this.live.get(provider)?.key ?? null;
  }

  /** Every secret currently known, so loggers can scrub them even where no pattern matches. */
  secrets(): string[] {
    return [...this.live.values()].map((k) => k.key);
  }

  status(): KeyStatus[] {
    return PROVIDER_IDS.map((provider) => this.statusOf(provider));
  }

  statusOf(provider: KeyedProviderId): KeyStatus {
    const live = this.live.get(provider);
    return {
      provider,
      hasKey: live !== undefined,
      last4: live ? live.key.slice(-4) : null,
      storage: live?.storage ?? null,
    };
  }

  async set(provider: KeyedProviderId, key: string, acceptUnprotected = false): Promise<KeyStatus> {
    const last4 = key.slice(-4);
    if (this.cipher.isEncryptionAvailable()) {
      const data = this.cipher.encryptString(key).toString('base64');
      await this.file.update((v) => ({
        keys: { ...v.keys, [provider]: { storage: 'encrypted', data, last4 } },
      }));
      this.live.set(provider, { key, storage: 'encrypted' });
    } else if (acceptUnprotected) {
      const local = await this.local();
      const data = local.encrypt(key);
      await this.file.update((v) => ({
        keys: { ...v.keys, [provider]: { storage: 'unprotected', data, last4 } },
      }));
      this.live.set(provider, { key, storage: 'unprotected' });
    } else {
      await this.forgetStored(provider);
      this.live.set(provider, { key, storage: 'session-only' });
    }
    return this.statusOf(provider);
  }

  async remove(provider: KeyedProviderId): Promise<KeyStatus> {
    this.live.delete(provider);
    await this.forgetStored(provider);
    return this.statusOf(provider);
  }

  private local(): Promise<LocalFileCipher> {
    this.localCipher ??= LocalFileCipher.open(path.join(this.dir, 'local.key')).catch((error: unknown) => {
      this.localCipher = null; // a failed open (disk full) may succeed on the next save
      throw error;
    });
    return this.localCipher;
  }

  private async forgetStored(provider: KeyedProviderId): Promise<void> {
    if (!this.file.get().keys[provider]) return;
    await this.file.update((v) => {
      const keys = { ...v.keys };
      delete keys[provider];
      return { keys };
    });
  }

  private async unlockStoredKeys(): Promise<void> {
    for (const [provider, stored] of Object.entries(this.file.get().keys) as [
      KeyedProviderId,
      VaultData['keys'][KeyedProviderId],
    ][]) {
      if (!stored) continue;
      try {
        const key =
          stored.storage === 'encrypted'
            ? this.cipher.decryptString(Buffer.from(stored.data, 'base64'))
            : (await this.local()).decrypt(stored.data);
        this.live.set(provider, { key, storage: stored.storage });
      } catch {
        // An entry we cannot decrypt (keychain changed, app re-signed) stays on disk untouched; the user
        // sees "no key" and can paste it again, which overwrites it.
      }
    }
  }
}
