// Electron's side of the Train feature: desktop notifications when a job ends, the "computer woke up"
// signal (timers slept with the machine, so every unfinished job is looked at at once), and the OS
// language for notification text. The services only see the plain ports (Notifier, onResume).
import { app, Notification, powerMonitor } from 'electron';
import { languageOfLocale } from '../../../shared/domain/training/notificationText';
import type { TrainingOptions } from '../services/training';

export function electronTrainingOptions(onNotificationClick?: (runId: string) => void): TrainingOptions {
  return {
    notifier: {
      notify: ({ title, body, runId }) => {
        if (!Notification.isSupported()) return;
        const notification = new Notification({ title, body, silent: false });
        notification.on('click', () => onNotificationClick?.(runId));
        notification.show();
      },
    },
    onResume: (callback) => {
      powerMonitor.on('resume', callback);
      return () => powerMonitor.off('resume', callback);
    },
    systemLanguage: () => languageOfLocale(app.getLocale()),
  };
}
