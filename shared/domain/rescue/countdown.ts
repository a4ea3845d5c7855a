// The two dates of OpenAI's wind-down as countdowns, and which desktop reminders are due: 14, 7, 3 and 1
// days before each date, each once. Pure (the clock is a parameter) so tests move the day instead of waiting.
import { daysUntil, OPENAI_WIND_DOWN } from '../providers/windDown';
import type { Countdown } from './types';

export function countdownAt(now: Date, shutdownDate: string = OPENAI_WIND_DOWN.modelsShutDown): Countdown {
  return {
    noNewJobsFrom: OPENAI_WIND_DOWN.noNewJobsFrom,
    daysUntilNoNewJobs: daysUntil(OPENAI_WIND_DOWN.noNewJobsFrom, now),
    shutdownDate,
    daysUntilShutdown: daysUntil(shutdownDate, now),
  };
}

export const REMINDER_DAYS = [14, 7, 3, 1] as const;
export type ReminderDate = 'no-new-jobs' | 'shutdown';

export interface Reminder {
  /** `shutdown:7`: the one key under which this reminder is remembered as shown. */
  key: string;
  date: ReminderDate;
  day: string;
  /** The threshold it belongs to (14, 7, 3 or 1). */
  threshold: number;
  daysLeft: number;
}

/**
 * Reminders to show now. A threshold is due once `daysLeft` is at or below it (and the date has not come);
 * when the app was closed through several thresholds only the nearest one is shown, and the skipped ones
 * are returned in `alsoMark` so they are never shown late.
 */
export function dueReminders(
  now: Date,
  alreadyShown: ReadonlySet<string>,
  shutdownDate: string = OPENAI_WIND_DOWN.modelsShutDown,
): { show: Reminder[]; alsoMark: string[] } {
  const show: Reminder[] = [];
  const alsoMark: string[] = [];
  const dates: [ReminderDate, string][] = [
    ['no-new-jobs', OPENAI_WIND_DOWN.noNewJobsFrom],
    ['shutdown', shutdownDate],
  ];
  for (const [date, day] of dates) {
    const daysLeft = daysUntil(day, now);
    if (daysLeft <= 0) continue;
    const passed = REMINDER_DAYS.filter((t) => daysLeft <= t);
    if (passed.length === 0) continue;
    const nearest = Math.min(...passed);
    const key = `${date}:${nearest}`;
    if (!alreadyShown.has(key)) show.push({ key, date, day, threshold: nearest, daysLeft });
    for (const t of passed)
      if (t !== nearest && !alreadyShown.has(`${date}:${t}`)) alsoMark.push(`${date}:${t}`);
  }
  return { show, alsoMark };
}
