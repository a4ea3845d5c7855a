// Keys saved at the same moment on a fresh profile without a keychain ("store anyway"): every one must
// be readable after a restart. The fallback cipher used to create its key file without a lock or an atomic
// write, so each save made its own cipher key, the last file won, and the other API keys silently
// became undecryptable (20 of 20 runs).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyVault } from '../../../electron/main/services/keys/KeyVault';
import { LocalFileCipher } from '../../../electron/main/services/keys/LocalFileCipher';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';

const noKeychain: SecretCipher = {
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error('no keychain');
  },
  decryptString: () => {
    throw new Error('no keychain');
  },
};
const key = (name: string) => `sk-${name}-${'x'.repeat(24)}${name.length}`;

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vault-race-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the key vault without a keychain, under concurrent saves', () => {
  it('two keys saved at once on a fresh profile are both there after a restart', async () => {
    const vault = await KeyVault.open(dir, noKeychain);
    await Promise.all([vault.set('openai', key('openai'), true), vault.set('alibaba', key('alibaba'), true)]);
    const reopened = await KeyVault.open(dir, noKeychain);
    expect(reopened.get('openai')).toBe(key('openai'));
    expect(reopened.get('alibaba')).toBe(key('alibaba'));
  });

  it('five saves at once (every provider, two of them re-pasted) keep the last key of each', async () => {
    const vault = await KeyVault.open(dir, noKeychain);
    await Promise.all([
      vault.set('openai', key('openai-1'), true),
      vault.set('alibaba', key('alibaba-1'), true),
      vault.set('together', key('together'), true),
      vault.set('openai', key('openai-2'), true),
      vault.set('alibaba', key('alibaba-2'), true),
    ]);
    const reopened = await KeyVault.open(dir, noKeychain);
    expect([reopened.get('openai'), reopened.get('alibaba'), reopened.get('together')]).toEqual([
      key('openai-2'),
      key('alibaba-2'),
      key('together'),
    ]);
  });

  it('five app instances making the cipher key at once end up with one key', async () => {
    const file = path.join(dir, 'local.key');
    const ciphers = await Promise.all(Array.from({ length: 5 }, () => LocalFileCipher.open(file)));
    const secrets = ciphers.map((c, i) => c.encrypt(key(`instance-${i}`)));
    const restarted = await LocalFileCipher.open(file);
    expect(secrets.map((s) => restarted.decrypt(s))).toEqual(ciphers.map((_, i) => key(`instance-${i}`)));
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await fs.readdir(dir)).sort()).toEqual(['local.key']); // no lock or temp file left behind
  });

  it('keeps a damaged cipher key file aside instead of overwriting it', async () => {
    const file = path.join(dir, 'local.key');
    await fs.writeFile(file, 'short');
    const cipher = await LocalFileCipher.open(file);
    expect(cipher.decrypt(cipher.encrypt('x'))).toBe('x');
    const names = await fs.readdir(dir);
    expect(names.filter((n) => n.startsWith('local.key.corrupt-'))).toHaveLength(1);
  });
});
