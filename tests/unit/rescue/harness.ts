// A whole app (AppServices on a temp folder) whose app clock and practice clock are one manual clock, so
// rescue tests move the calendar instead of waiting, and whose recorder back-off "sleeps" by moving it.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAppServices, type AppServices } from '../../../electron/main/services/app/AppServices';
import type { SecretCipher } from '../../../electron/main/services/keys/SecretCipher';
import { createManualClock, type ManualClock } from '../../../electron/main/services/practice';
import type { DialogPort } from '../../../electron/main/services/projects/DialogPort';
import type { RescueState } from '../../../shared/domain/rescue/types';

const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s, 'utf8'),
  decryptString: (b) => b.toString('utf8'),
};

export interface RescueApp {
  services: AppServices;
  clock: ManualClock;
  dir: string;
  notified: { title: string; body: string }[];
  /** Every back-off wait the recorder asked for, in ms. */
  waits: number[];
  changes: RescueState[];
}

export async function rescueApp(
  options: {
    dir?: string;
    clock?: ManualClock;
    sampleKey?: string;
    dialogs?: DialogPort;
    language?: 'en' | 'zh-TW' | 'zh-CN';
    openaiEndpoint?: { baseURL: string; fetch?: typeof fetch };
  } = {},
): Promise<RescueApp> {
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'tunesmith-rescue-')));
  const clock = options.clock ?? createManualClock(Date.UTC(2026, 11, 5, 9));
  const notified: RescueApp['notified'] = [];
  const waits: number[] = [];
  const changes: RescueState[] = [];
  const services = await createAppServices({
    userDataDir: dir,
    cipher: plainCipher,
    openExternal: async () => {},
    emit: (event, payload) => {
      if (event === 'rescue.changed') changes.push((payload as { rescue: RescueState }).rescue);
    },
    logSink: () => {},
    version: 'test',
    platform: 'test',
    now: () => new Date(clock.now()),
    practiceClock: clock,
    practiceDurations: { validatingMs: 1_000, queuedMs: 1_000, runningMs: 5_000 },
    training: { systemLanguage: () => options.language ?? 'en', now: () => clock.now() },
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    ...(options.openaiEndpoint ? { openaiEndpoint: options.openaiEndpoint } : {}),
    rescue: {
      notifier: { notify: (n) => void notified.push(n) },
      sleep: async (ms) => {
        waits.push(ms);
        clock.advance(ms);
      },
      ...(options.sampleKey ? { sampleKey: options.sampleKey } : {}),
    },
  });
  return { services, clock, dir, notified, waits, changes };
}

export const SUPPORT = 'ft:gpt-4o-mini-2024-07-18:acmehelpdesk:support:R3sCu3Ab';
export const INVOICE = 'ft:gpt-4.1-mini-2025-04-14:acmehelpdesk:invoice-json:J5onX7kQ';

export const ALL_SOURCES = {
  sources: { heldOut: true, training: true, stored: true },
  pasted: ['Does the kettle come with a spare filter?'],
  maxPrompts: 1000,
  extraSamples: 0,
  temperature: 0.7,
};
