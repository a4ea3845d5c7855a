// Desktop reminders 14, 7, 3 and 1 days before OpenAI's two dates, while the account holds at-risk models.
// The decision is the pure dueReminders (shared/domain/rescue/countdown.ts); this file remembers what was
// shown (in rescue.json, so never twice, not even after a restart) and hands the words to the notifier
// port, which the Electron adapter turns into an OS notification.
import type { Language } from '../../../../shared/domain/settings';
import { dueReminders, type Reminder } from '../../../../shared/domain/rescue/countdown';
import { reminderText } from '../../../../shared/domain/rescue/reminderText';
import { daysUntil } from '../../../../shared/domain/providers/windDown';
import type { DurableJsonFile } from '../storage/DurableJsonFile';
import type { RescueData } from './RescueStore';

export interface ReminderNotifier {
  notify(notification: { title: string; body: string }): void;
}

export interface ReminderDeps {
  now(): Date;
  language(): Language;
  notifier: ReminderNotifier;
}

/** Shows the reminders due now (if any model is still at risk) and returns them. */
export async function checkReminders(
  file: DurableJsonFile<RescueData>,
  deps: ReminderDeps,
): Promise<Reminder[]> {
  const data = file.get();
  const now = deps.now();
  const atRisk = (data.inventory?.models ?? []).filter((m) => daysUntil(m.shutdownDate, now) > 0);
  if (atRisk.length === 0) return [];
  const shutdownDate = atRisk.map((m) => m.shutdownDate).sort()[0]!;
  const shown = new Set(data.remindersShown);
  const { show, alsoMark } = dueReminders(now, shown, shutdownDate);
  if (show.length === 0 && alsoMark.length === 0) return [];
  // Remembered before showing: a crash between the two loses a reminder rather than repeating it.
  await file.update((d) => ({
    ...d,
    remindersShown: [...d.remindersShown, ...show.map((r) => r.key), ...alsoMark],
  }));
  const language = deps.language();
  for (const reminder of show) deps.notifier.notify(reminderText(language, reminder));
  return show;
}
