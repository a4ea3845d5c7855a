// Used only after the user explicitly accepted unprotected storage (Linux without a keyring). AES-256-GCM
// with a random key kept in a 0600 file beside the data: it stops a casual grep or a copied settings file
// from revealing the key, but not another program running as the same user. The UI says exactly that.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';

export class LocalFileCipher {
  private constructor(private readonly key: Buffer) {}

  static async open(keyFile: string): Promise<LocalFileCipher> {
    try {
      const key = await fs.readFile(keyFile);
      if (key.length === 32) return new LocalFileCipher(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const key = randomBytes(32);
    await fs.writeFile(keyFile, key, { mode: 0o600 });
    return new LocalFileCipher(key);
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
