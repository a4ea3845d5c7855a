// Alibaba's account settings through the one `configure` of ProvidersService, over the in-process Alibaba
// practice service reached with a practice key: the region the adapter finds is remembered and shown, kept
// while the settings do not change, and forgotten when the user picks another region.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/main/services/app/Logger';
import { createManualClock, createPracticeService } from '../../../../electron/main/services/practice';
import {
  ALIBABA_PRACTICE_KEYS,
  createAlibabaPracticeService,
} from '../../../../electron/main/services/practice/alibaba';
import {
  openProviderSettings,
  PriceBook,
  ProvidersService,
} from '../../../../electron/main/services/providers';

let dir: string;
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('Alibaba account settings', () => {
  it('remember the region found, show it, and forget it when the region is changed', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'alibaba-account-'));
    const clock = createManualClock();
    const changes: unknown[] = [];
    const providers = new ProvidersService({
      keys: { get: (p) => (p === 'alibaba' ? ALIBABA_PRACTICE_KEYS.beijing : null) },
      practice: createPracticeService({ clock }),
      alibabaPractice: createAlibabaPracticeService({ clock }),
      prices: await PriceBook.open(dir),
      settings: await openProviderSettings(dir),
      now: () => new Date('2026-12-05T09:00:00Z'),
      emit: (event, payload) => void changes.push({ event, payload }),
      logger: createLogger(
        () => {},
        () => [],
      ),
    });

    const report = await providers.testAccount('alibaba');
    expect(report.availability).toMatchObject({ verdict: 'yes', reason: 'key_accepted' });
    expect(report.baseModels.map((m) => m.price.model)).toContain('qwen3-14b');
    await expect.poll(() => providers.accountSettings('alibaba').foundRegion).toBe('beijing');
    expect(providers.summaries().find((s) => s.id === 'alibaba')?.region).toBe('beijing');

    const same = await providers.configure({ provider: 'alibaba', region: 'auto', workspace: null });
    expect(same).toMatchObject({ region: 'auto', foundRegion: 'beijing' });
    const moved = await providers.configure({ provider: 'alibaba', region: 'singapore', workspace: null });
    expect(moved).toMatchObject({ region: 'singapore', foundRegion: null });
    expect(changes.some((c) => (c as { event: string }).event === 'providers.changed')).toBe(true);
    // The OpenAI member is untouched by Alibaba's.
    expect(providers.accountSettings('openai')).toEqual({
      provider: 'openai',
      organization: null,
      project: null,
    });
  });
});
