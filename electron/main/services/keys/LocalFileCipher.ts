// Used only after the user explicitly accepted unprotected storage (Linux without a keyring). AES-256-GCM
// with a random key kept in a 0600 file beside the data: it stops a casual grep or a copied settings file
// from revealing the key, but not another program running as the same user. The UI says exactly that.
//
// The key file is made once: under a lock (proper-lockfile, which also holds between app instances),
// re-read inside the lock, and written atomically (write-file-atomic). Two keys saved at once on a fresh
// profile once each made their own cipher key; the last file won and the other API key could never be
// decrypted again.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';

const KEY_BYTES = 32;
/** Waits for another instance making the key; the lock itself is considered stale after 10 s. */
const LOCK_OPTIONS = { stale: 10_000, retries: { retries: 50, minTimeout: 20, maxTimeout: 200 } };

export class LocalFileCipher {
  private constructor(private readonly key: Buffer) {}

  static async open(keyFile: string): Promise<LocalFileCipher> {
    const existing = await readKey(keyFile);
    if (existing) return new LocalFileCipher(existing);
    await fs.mkdir(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    // The lock is taken on the folder (the key file may not exist yet) under the key file's own name.
    const release = await lockfile.lock(path.dirname(keyFile), {
      ...LOCK_OPTIONS,
      lockfilePath: `${keyFile}.lock`,
    });
    try {
      const made = await readKey(keyFile, true); // someone else made it while we waited
      if (made) return new LocalFileCipher(made);
      const key = randomBytes(KEY_BYTES);
      await writeFileAtomic(keyFile, key, { mode: 0o600 });
      return new LocalFileCipher(key);
    } finally {
      await release();
    }
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  decrypt(encoded: string): string {
    const raw = Buffer.from(encoded, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/**
 * The key, or null when there is none yet. A file of the wrong size (damaged) is kept aside (inside the
 * lock) rather than overwritten: the keys it encrypted are unreadable either way, but nothing is destroyed.
 */
async function readKey(keyFile: string, setAsideDamaged = false): Promise<Buffer | null> {
  try {
    const key = await fs.readFile(keyFile);
    if (key.length === KEY_BYTES) return key;
    if (setAsideDamaged) await fs.rename(keyFile, `${keyFile}.corrupt-${Date.now()}`);
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
