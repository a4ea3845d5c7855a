// The Electron side of Train with `electron` mocked: a desktop notification per job end (clicking it
// opens the app), wake-ups from powerMonitor reach the poller, and the OS locale picks the language.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const shown: { title: string; body: string; clicked: () => void }[] = [];
const power = new EventEmitter();
let supported = true;
let locale = 'zh-TW';

vi.mock('electron', () => ({
  app: { getLocale: () => locale },
  powerMonitor: {
    on: (e: string, l: () => void) => power.on(e, l),
    off: (e: string, l: () => void) => power.off(e, l),
  },
  Notification: class {
    static isSupported = () => supported;
    private click: () => void = () => undefined;
    constructor(private readonly options: { title: string; body: string }) {}
    on(event: string, listener: () => void) {
      if (event === 'click') this.click = listener;
    }
    show() {
      shown.push({ ...this.options, clicked: () => this.click() });
    }
  },
}));

const { electronTrainingOptions } = await import('../../../electron/main/adapters/notifications');

describe('electron training adapter', () => {
  it('shows a notification that opens the run when clicked, and skips where notifications are unsupported', () => {
    const opened: string[] = [];
    const options = electronTrainingOptions((runId) => opened.push(runId));
    options.notifier?.notify({ title: 'Training finished', body: '“kettle” is ready.', runId: 'run_1' });
    expect(shown.map((n) => n.title)).toEqual(['Training finished']);
    shown[0]?.clicked();
    expect(opened).toEqual(['run_1']);
    supported = false;
    options.notifier?.notify({ title: 'x', body: 'y', runId: 'run_2' });
    expect(shown).toHaveLength(1);
  });

  it('passes wake-ups on until unsubscribed, and maps the OS locale to a language', () => {
    const options = electronTrainingOptions();
    let wakes = 0;
    const stop = options.onResume?.(() => wakes++);
    power.emit('resume');
    stop?.();
    power.emit('resume');
    expect(wakes).toBe(1);
    expect(options.systemLanguage?.()).toBe('zh-TW');
    locale = 'zh-CN';
    expect(options.systemLanguage?.()).toBe('zh-CN');
    locale = 'fr-FR';
    expect(options.systemLanguage?.()).toBe('en');
  });
});
