// Electron's side of the rescue reminders (issue 13): the service decides what is due and in which
// language; this only shows it as an OS notification (a click brings the window forward).
import { Notification } from 'electron';
import type { ReminderNotifier } from '../services/rescue';

export function electronReminderNotifier(onClick?: () => void): ReminderNotifier {
  return {
    notify: ({ title, body }) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', () => onClick?.());
      notification.show();
    },
  };
}
