// Countdowns and reminders on a moved clock: 14, 7, 3 and 1 days before 2027-01-06 and 2027-01-14, each
// once, the skipped ones never shown late, in the OS language, and only while a model is at risk.
import { describe, expect, it } from 'vitest';
import { countdownAt, dueReminders } from '../../../shared/domain/rescue/countdown';
import { reminderText } from '../../../shared/domain/rescue/reminderText';
import { createManualClock } from '../../../electron/main/services/practice';
import { rescueApp } from './harness';

const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe('rescue countdowns', () => {
  it('counts whole days to both dates from the app clock', () => {
    expect(countdownAt(day('2026-12-05'))).toMatchObject({ daysUntilNoNewJobs: 32, daysUntilShutdown: 40 });
    expect(countdownAt(day('2027-01-06'))).toMatchObject({ daysUntilNoNewJobs: 0, daysUntilShutdown: 8 });
  });

  it('is due at 14, 7, 3 and 1 days before each date, once each', () => {
    const shown = new Set<string>();
    const seen: string[] = [];
    // Walk every day from 2026-12-01 to 2027-01-15, showing what is due and remembering it.
    for (let t = Date.UTC(2026, 11, 1, 9); t <= Date.UTC(2027, 0, 15, 9); t += 86_400_000) {
      const { show, alsoMark } = dueReminders(new Date(t), shown);
      for (const r of show) {
        seen.push(`${new Date(t).toISOString().slice(0, 10)} ${r.key}`);
        shown.add(r.key);
      }
      for (const k of alsoMark) shown.add(k);
    }
    expect(seen).toEqual([
      '2026-12-23 no-new-jobs:14',
      '2026-12-30 no-new-jobs:7',
      '2026-12-31 shutdown:14',
      '2027-01-03 no-new-jobs:3',
      '2027-01-05 no-new-jobs:1',
      '2027-01-07 shutdown:7',
      '2027-01-11 shutdown:3',
      '2027-01-13 shutdown:1',
    ]);
  });

  it('shows only the nearest reminder when the app was closed through several thresholds', () => {
    const { show, alsoMark } = dueReminders(day('2027-01-04'), new Set());
    expect(show.map((r) => r.key)).toEqual(['no-new-jobs:3', 'shutdown:14']);
    expect(alsoMark).toEqual(['no-new-jobs:14', 'no-new-jobs:7']);
  });

  it('words reminders in each language with the days left', () => {
    const [r] = dueReminders(day('2026-12-30'), new Set()).show;
    expect(reminderText('en', r!).title).toBe('OpenAI stops new training in 7 days');
    expect(reminderText('zh-TW', r!).title).toBe('OpenAI 將在 7 天後停止新的訓練');
    expect(reminderText('zh-CN', r!).body).toContain('2027-01-06');
  });

  it('notifies through the port once per reminder, in the OS language, only while models are at risk', async () => {
    const clock = createManualClock(Date.UTC(2026, 11, 23, 9));
    const app = await rescueApp({ clock, language: 'zh-TW' });
    await app.services.rescue.checkRemindersNow();
    expect(app.notified).toEqual([]); // no inventory yet: nothing at risk is known
    await app.services.rescue.useSample();
    await app.services.rescue.checkRemindersNow();
    await app.services.rescue.checkRemindersNow();
    expect(app.notified.map((n) => n.title)).toEqual(['OpenAI 將在 14 天後停止新的訓練']);
    clock.set(Date.UTC(2026, 11, 31, 9));
    await app.services.rescue.checkRemindersNow();
    expect(app.notified.map((n) => n.title)).toEqual([
      'OpenAI 將在 14 天後停止新的訓練',
      'OpenAI 將在 6 天後停止新的訓練',
      '你的微調模型將在 14 天後停止回答',
    ]);
    // After a restart on the same folder nothing is shown twice.
    const again = await rescueApp({ clock, dir: app.dir, language: 'zh-TW' });
    await again.services.rescue.checkRemindersNow();
    expect(again.notified).toEqual([]);
  });
});
