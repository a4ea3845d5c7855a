// The quit glue with Electron's app and dialog played by recording fakes: nothing billed by the hour → quit
// at once (shutdown once); a running endpoint → the question in the user's language, and each answer does
// what it says (stop and quit, keep and quit, stay open). The decision itself is HourlyGuard's.
import { describe, expect, it, vi } from 'vitest';
import { installQuitGuard, type QuitGuardDeps } from '../../../electron/main/quitGuard';
import type { HourlyMeterRow } from '../../../shared/ipc/schemas/deployments';

const RUNNING: HourlyMeterRow = {
  id: 'dep_1',
  provider: 'together',
  model: 'practice-user/Llama-3.3-70B-Instruct-cake-ts0123456789-ab12cd34',
  hardware: '1× NVIDIA H200 141 GB',
  perHour: 5.49,
  currency: 'USD',
  since: 0,
  minutes: 42,
  amount: 3.843,
  autoStopMinutes: 15,
};

function setUp(running: HourlyMeterRow[] | null, response: number, language: 'en' | 'zh-TW' = 'en') {
  let beforeQuit: ((event: { preventDefault(): void }) => void) | null = null;
  const app = {
    on: vi.fn((event: string, handler: (event: { preventDefault(): void }) => void) => {
      if (event === 'before-quit') beforeQuit = handler;
      return app;
    }),
    quit: vi.fn(() => beforeQuit?.({ preventDefault: vi.fn() })),
  };
  const dialog = { showMessageBox: vi.fn(() => Promise.resolve({ response, checkboxChecked: false })) };
  const answers: string[] = [];
  const hourly = {
    quitQuestion: () => running,
    answerQuit: vi.fn((choice: 'stop' | 'keep' | 'cancel') => {
      answers.push(choice);
      return Promise.resolve(choice !== 'cancel');
    }),
  };
  const shutdown = vi.fn(() => Promise.resolve());
  installQuitGuard({
    app,
    dialog,
    hourly,
    language: () => language,
    shutdown,
    log: () => undefined,
  } as unknown as QuitGuardDeps);
  const quit = () => {
    const event = { preventDefault: vi.fn() };
    beforeQuit!(event);
    return event;
  };
  return { app, dialog, answers, shutdown, quit };
}

describe('quit guard', () => {
  it('quits at once when nothing bills by the hour', async () => {
    const { dialog, shutdown, app, answers, quit } = setUp(null, 0);
    expect(quit().preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(answers).toEqual(['keep']);
    expect(shutdown).toHaveBeenCalledTimes(1);
  });

  it('asks when an endpoint runs, with its hourly price, hardware and cost so far; "stop" stops and quits', async () => {
    const { dialog, shutdown, app, answers, quit } = setUp([RUNNING], 0);
    quit();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    const shown = (dialog.showMessageBox.mock.calls as unknown as unknown[][])[0]![0] as {
      message: string;
      detail: string;
      buttons: string[];
    };
    expect(shown.message).toContain('by the hour');
    expect(shown.detail).toContain('1× NVIDIA H200 141 GB');
    expect(shown.detail).toContain('$5.49');
    expect(shown.detail).toContain('42 min');
    expect(shown.detail).toContain('$3.84');
    expect(shown.buttons).toEqual(['Stop it and quit', 'Keep it running and quit', 'Don’t quit']);
    expect(answers).toEqual(['stop']);
    expect(shutdown).toHaveBeenCalledTimes(1);
  });

  it('"Don’t quit" stays open, and asks again on the next quit', async () => {
    const { dialog, shutdown, app, answers, quit } = setUp([RUNNING], 2);
    quit();
    await vi.waitFor(() => expect(answers).toEqual(['cancel']));
    expect(app.quit).not.toHaveBeenCalled();
    expect(shutdown).not.toHaveBeenCalled();
    quit();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(2));
  });

  it('asks in Traditional Chinese when that is the user’s language', async () => {
    const { dialog, quit, answers } = setUp([RUNNING], 1, 'zh-TW');
    quit();
    await vi.waitFor(() => expect(answers).toEqual(['keep']));
    const shown = (dialog.showMessageBox.mock.calls as unknown as unknown[][])[0]![0] as {
      message: string;
      buttons: string[];
    };
    expect(shown.message).toContain('按小時計費');
    expect(shown.buttons[0]).toBe('停止並結束');
  });
});
