// Point 6 of issue 17: a key that is obviously wrong for its provider is refused by main before it is
// stored, with only the expected shape and where to get a key in the error (never the pasted text).
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};

async function startRouter() {
  const services = await createAppServices({
    userDataDir: await mkdtemp(path.join(os.tmpdir(), 'tunesmith-keyshape-')),
    cipher: plainCipher,
    openExternal: async () => {},
    emit: () => {},
    logSink: () => {},
    version: 'test',
    platform: 'test',
    now: () => new Date('2026-11-26T09:00:00Z'),
  });
  return { services, router: createRouter(createHandlers(services), () => true, services.logger) };
}

describe('keys.set checks the key shape per provider', () => {
  it('refuses sk-test-123 for OpenAI, stores nothing, and says what a key looks like', async () => {
    const { services, router } = await startRouter();
    const result = await router.dispatch('keys.set', { provider: 'openai', key: 'sk-test-123' }, null);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'key_shape',
        path: 'key',
        params: { example: 'sk-…', consoleUrl: 'platform.openai.com/api-keys' },
      },
    });
    expect(JSON.stringify(result)).not.toContain('test-123');
    expect(services.keys.get('openai')).toBeNull();
  });

  it('refuses a key of another shape for Alibaba and accepts well-formed keys', async () => {
    const { services, router } = await startRouter();
    const wrong = await router.dispatch('keys.set', { provider: 'alibaba', key: 'AKIA1234567890' }, null);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'key_shape', path: 'key' } });
    expect(JSON.stringify(wrong)).not.toContain('AKIA');

    const openai = 'sk-proj-' + 'a1B2c3D4e5'.repeat(4);
    expect(await router.dispatch('keys.set', { provider: 'openai', key: openai }, null)).toMatchObject({
      ok: true,
    });
    expect(services.keys.get('openai')).toBe(openai);
    const alibaba = 'sk-' + '0123456789abcdef'.repeat(2);
    expect(await router.dispatch('keys.set', { provider: 'alibaba', key: alibaba }, null)).toMatchObject({
      ok: true,
    });
  });
});
