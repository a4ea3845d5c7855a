import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { KeyVault } from '../../../electron/main/services/keys/KeyVault';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';

const CANARY = 'sk-canary-7f3a9c2e5b1d4f60a8e2c9d7';
// Reversible like safeStorage, and visibly not plaintext.
const fakeCipher = (available = true): SecretCipher => ({
  isEncryptionAvailable: () => available,
  encryptString: (s) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
  decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString(),
});

async function allFileText(dir: string): Promise<string> {
  const names = await fs.readdir(dir);
  const texts = await Promise.all(names.map((n) => fs.readFile(path.join(dir, n), 'latin1')));
  return texts.join('\n');
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vault-'));
});

describe('KeyVault', () => {
  it('encrypts with the OS cipher, reports only hasKey/last4/storage, and survives a restart', async () => {
    const vault = await KeyVault.open(dir, fakeCipher());
    const status = await vault.set('openai', CANARY);
    expect(status).toEqual({
      provider: 'openai',
      hasKey: true,
      last4: CANARY.slice(-4),
      storage: 'encrypted',
    });
    expect(JSON.stringify(vault.status())).not.toContain(CANARY.slice(0, -4));
    expect(await allFileText(dir)).not.toContain(CANARY);
    const reopened = await KeyVault.open(dir, fakeCipher());
    expect(reopened.get('openai')).toBe(CANARY);
  });

  it('keeps the key for this session only when encryption is unavailable and the user did not accept', async () => {
    const vault = await KeyVault.open(dir, fakeCipher(false));
    expect((await vault.set('openai', CANARY)).storage).toBe('session-only');
    expect(vault.get('openai')).toBe(CANARY);
    expect(await allFileText(dir)).not.toContain(CANARY);
    expect((await KeyVault.open(dir, fakeCipher(false))).get('openai')).toBeNull();
  });

  it('stores without OS protection only after explicit consent, still not in plain text', async () => {
    const vault = await KeyVault.open(dir, fakeCipher(false));
    expect((await vault.set('openai', CANARY, true)).storage).toBe('unprotected');
    expect(await allFileText(dir)).not.toContain(CANARY);
    expect((await KeyVault.open(dir, fakeCipher(false))).get('openai')).toBe(CANARY);
  });

  it('removes a key from memory and disk', async () => {
    const vault = await KeyVault.open(dir, fakeCipher());
    await vault.set('openai', CANARY);
    expect(await vault.remove('openai')).toEqual({
      provider: 'openai',
      hasKey: false,
      last4: null,
      storage: null,
    });
    expect((await KeyVault.open(dir, fakeCipher())).get('openai')).toBeNull();
  });

  it('treats an entry it cannot decrypt as missing without deleting it', async () => {
    const vault = await KeyVault.open(dir, fakeCipher());
    await vault.set('openai', CANARY);
    const broken: SecretCipher = {
      ...fakeCipher(),
      decryptString: () => {
        throw new Error('keychain changed');
      },
    };
    const reopened = await KeyVault.open(dir, broken);
    expect(reopened.statusOf('openai').hasKey).toBe(false);
    expect((await KeyVault.open(dir, fakeCipher())).get('openai')).toBe(CANARY);
  });
});
