// The port main uses to tell the user a job ended while they may be looking elsewhere. The Electron
// adapter (adapters/notifications.ts) shows a desktop notification; tests and the e2e harness record.
export interface DesktopNotification {
  title: string;
  body: string;
  /** The run it is about, so a click can open that job. */
  runId: string;
}

export interface Notifier {
  notify(notification: DesktopNotification): void;
}

export function recordingNotifier(): Notifier & { shown: DesktopNotification[] } {
  const shown: DesktopNotification[] = [];
  return { shown, notify: (n) => void shown.push(n) };
}
