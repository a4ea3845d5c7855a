// The only place that hands Electron's platform services to the plain-TypeScript services.
import { app, safeStorage, shell } from 'electron';
import type { SecretCipher } from '../services/keys/SecretCipher';
import { isAllowedExternalUrl } from '../services/app/externalLinks';

export const electronCipher: SecretCipher = {
  isEncryptionAvailable: () => {
    // On Linux without a keyring Electron falls back to a hard-coded password ("basic_text"), which
    // protects nothing; treat that as unavailable so the user is told the truth.
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text')
      return false;
    return safeStorage.isEncryptionAvailable();
  },
  encryptString: (plain) => safeStorage.encryptString(plain),
  decryptString: (encrypted) => safeStorage.decryptString(encrypted),
};

export async function openExternalSafely(url: string): Promise<void> {
  // Checked again here, at the last step, so no future caller can skip the allowlist.
  if (!isAllowedExternalUrl(url)) return;
  await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: URL parsed and checked against the https host allowlist on the line above
}

export const userDataDir = () => app.getPath('userData');
