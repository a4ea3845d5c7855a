// Quit: services were never disposed (pollers, the network monitor and the dataset thread kept running
// while the app flushed). Now AppServices.shutdown stops the producers first, then writes pending edits,
// then the practice state, each after the previous step finished.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app/AppServices';
import { ProjectsService } from '../../../electron/main/services/projects/ProjectsService';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { createManualClock } from '../../../electron/main/services/practice';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('AppServices.shutdown', () => {
  it('stops producers, then flushes the edit still waiting for autosave, then the practice state', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-shutdown-'));
    const services = await createAppServices({
      userDataDir: dir,
      cipher: plainCipher,
      openExternal: async () => {},
      emit: () => {},
      logSink: () => {},
      version: 'test',
      platform: 'test',
      practiceClock: createManualClock(),
    });
    const { meta } = await services.projects.create('Tea', []);
    await services.projects.rename(meta.id, 'Tea, renamed just before quitting'); // autosave is ≤ 1 s away

    const order: string[] = [];
    const record = <T extends object>(target: T, method: keyof T & string, name: string) => {
      const original = (target[method] as (...a: unknown[]) => unknown).bind(target);
      vi.spyOn(target, method as never).mockImplementation(((...args: unknown[]) => {
        order.push(`${name}:start`);
        const result = original(...args);
        return result instanceof Promise
          ? result.then((v) => (order.push(`${name}:end`), v))
          : (order.push(`${name}:end`), result);
      }) as never);
    };
    record(services.training, 'dispose', 'training');
    record(services.providers, 'dispose', 'providers');
    record(services.examplesTasks, 'dispose', 'datasetTasks');
    record(services.projects, 'flush', 'projects');
    record(services.practice, 'dispose', 'practice');

    await services.shutdown();
    expect(order).toEqual([
      'training:start',
      'training:end',
      'providers:start',
      'providers:end',
      'datasetTasks:start',
      'datasetTasks:end',
      'projects:start',
      'projects:end',
      'practice:start',
      'practice:end',
    ]);
    expect((await new ProjectsService({ dataDir: path.join(dir, 'tunesmith') }).list())[0]?.name).toBe(
      'Tea, renamed just before quitting',
    );
  });
});
