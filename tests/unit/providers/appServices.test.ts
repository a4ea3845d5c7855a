// Wiring: the composition root builds practice + providers, practice work survives a restart (durable
// file under userData), and the IPC routes answer through the real router.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createRouter } from '../../../electron/main/ipc/router';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { trainingBytes } from './helpers';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};

const start = (userDataDir: string, events: unknown[] = []) =>
  createAppServices({
    userDataDir,
    cipher: plainCipher,
    openExternal: async () => {},
    emit: (event, payload) => void events.push({ event, payload }),
    logSink: () => {},
    version: 'test',
    platform: 'test',
    now: () => new Date('2026-11-26T09:00:00Z'),
  });

describe('AppServices with providers', () => {
  it('keeps practice files and jobs across a restart', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-app-'));
    const first = await start(dir);
    const practice = first.providers.active();
    expect(practice.id).toBe('practice');
    const file = await practice.uploadTrainingFile('train.jsonl', trainingBytes());
    const job = await practice.createJob({
      clientRef: 'restart',
      baseModel: 'gpt-4o-mini-2024-07-18',
      trainingFileId: file.id,
    });
    await first.practice.flush();

    const second = await start(dir);
    expect(second.practice.loadOutcome).toEqual({ kind: 'restored' });
    const again = await second.providers.active().getJob(job.id);
    expect(again.clientRef).toBe('restart');
    expect(second.practice.snapshot().files.map((f) => f.id)).toContain(file.id);
  });

  it('answers the provider routes through the router', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-app-'));
    const services = await start(dir);
    const router = createRouter(createHandlers(services), () => true, services.logger);
    const list = await router.dispatch('providers.list', {}, null);
    expect(list).toMatchObject({ ok: true });
    expect(
      (list as { data: { id: string; active: boolean }[] }).data.filter((p) => p.active).map((p) => p.id),
    ).toEqual(['practice']);

    const report = await router.dispatch('accounts.test', { provider: 'practice' }, null);
    expect(report).toMatchObject({ ok: true, data: { availability: { verdict: 'yes' } } });

    expect(await router.dispatch('accounts.test', { provider: 'openai' }, null)).toEqual({
      ok: false,
      error: { code: 'key_missing' },
    });
    // Alibaba and Nebius are built and need their keys; Together is listed but its adapter has not landed.
    expect(await router.dispatch('accounts.use', { provider: 'alibaba' }, null)).toEqual({
      ok: false,
      error: { code: 'key_missing' },
    });
    expect(await router.dispatch('accounts.use', { provider: 'nebius' }, null)).toEqual({
      ok: false,
      error: { code: 'key_missing' },
    });
    expect(await router.dispatch('accounts.use', { provider: 'together' }, null)).toEqual({
      ok: false,
      error: { code: 'key_missing' },
    });

    const overridden = await router.dispatch(
      'prices.override',
      { provider: 'openai', model: 'gpt-4.1-2025-04-14', override: { outputPer1M: 10 } },
      null,
    );
    expect(overridden).toMatchObject({ ok: true });
    // The override reaches the costs main computes (Try's reply figures use this same price book).
    const quote = services.prices.replyCost(
      'openai',
      'ft:gpt-4.1-2025-04-14:personal::x',
      1_000_000,
      1_000_000,
    );
    expect(quote).toMatchObject({ usd: 13, overridden: true });
    expect(
      await router.dispatch('prices.override', { provider: 'openai', model: 'gpt-9', override: null }, null),
    ).toEqual({ ok: false, error: { code: 'model_not_found' } });

    expect(await router.dispatch('network.status', {}, null)).toEqual({ ok: true, data: { online: true } });
    const configured = await router.dispatch(
      'accounts.configure',
      { provider: 'openai', organization: 'org-abc', project: '' },
      null,
    );
    expect(configured).toEqual({
      ok: true,
      data: { provider: 'openai', organization: 'org-abc', project: null },
    });
    expect(
      await router.dispatch(
        'accounts.configure',
        { provider: 'openai', organization: 'org abc; DROP', project: null },
        null,
      ),
    ).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
});
