// What the key vault needs from Electron's safeStorage; the adapter in electron/main/adapters wraps the
// real one, tests pass a reversible fake. Keeping the vault behind this seam is what lets it run in Node.
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}
