// The only place the rescue reminders touch Electron, with `electron` mocked: one OS notification per
// reminder, a click brings the window forward, nothing where notifications are unsupported.
import { describe, expect, it, vi } from 'vitest';

const shown: { title: string; body: string; click: () => void }[] = [];
let supported = true;

vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => supported;
    private click: () => void = () => undefined;
    constructor(private readonly options: { title: string; body: string }) {}
    on(event: string, listener: () => void) {
      if (event === 'click') this.click = listener;
    }
    show() {
      shown.push({ ...this.options, click: () => this.click() });
    }
  },
}));

const { electronReminderNotifier } = await import('../../../electron/main/adapters/rescueNotifications');

describe('electron rescue reminder adapter', () => {
  it('shows the reminder and opens the window on click; skips where unsupported', () => {
    let opened = 0;
    const notifier = electronReminderNotifier(() => (opened += 1));
    notifier.notify({ title: 'Your fine-tuned models stop answering in 7 days', body: 'On 2027-01-14…' });
    expect(shown.map((n) => n.title)).toEqual(['Your fine-tuned models stop answering in 7 days']);
    shown[0]!.click();
    expect(opened).toBe(1);
    supported = false;
    notifier.notify({ title: 'x', body: 'y' });
    expect(shown).toHaveLength(1);
  });
});
