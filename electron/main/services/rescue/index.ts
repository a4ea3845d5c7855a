// The rescue feature's door in main (issue 13) and its wiring: the rescue file, the service, resuming
// recordings a restart or crash interrupted, and the reminder check (at start and then hourly).
import type { Language } from '../../../../shared/domain/settings';
import { openRescueFile } from './RescueStore';
import { RescueService } from './RescueService';
import type { RescuePorts } from './ports';
import { checkReminders, type ReminderNotifier } from './reminders';

export { RescueService } from './RescueService';
export type { RescuePorts } from './ports';
export type { ReminderNotifier } from './reminders';
export { OPENAI_API_URL } from './RetiringAccountClient';

export interface RescueOptions {
  notifier?: ReminderNotifier;
  /** Abortable wait for the recorder's back-off; default setTimeout. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** How often reminders are looked at; default hourly. */
  reminderIntervalMs?: number;
}

export const realSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

export async function createRescueService(
  ports: Omit<RescuePorts, 'sleep'>,
  options: RescueOptions & { language(): Language },
): Promise<{ service: RescueService; checkReminders(): Promise<unknown>; dispose(): void }> {
  const file = await openRescueFile(ports.dataDir);
  const service = new RescueService(file, { ...ports, sleep: options.sleep ?? realSleep });
  await service.loadLogs();
  service.resumeInterrupted();
  const notifier = options.notifier ?? { notify: () => undefined };
  // Checks run one after another, so two can never both decide the same reminder is due.
  let chain: Promise<unknown> = Promise.resolve();
  const check = () =>
    (chain = chain.then(() =>
      checkReminders(file, { now: ports.now, language: options.language, notifier }).catch((error: unknown) =>
        ports.logger.log('warn', 'rescue.reminders_failed', { error: String(error) }),
      ),
    ));
  service.checkRemindersNow = check;
  // With an OpenAI key, look at the account once at start (in the background, failures only logged), so
  // the card and the reminders know about at-risk models without the user opening the rescue page.
  void service
    .refreshOpenAiAtStart()
    .catch((error: unknown) => ports.logger.log('warn', 'rescue.inventory_failed', { error: String(error) }))
    .then(() => check());
  const timer = setInterval(() => void check(), options.reminderIntervalMs ?? 3_600_000);
  timer.unref?.();
  return {
    service,
    checkReminders: check,
    dispose: () => {
      clearInterval(timer);
      service.dispose();
    },
  };
}
