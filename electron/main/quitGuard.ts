// Quitting while a deployment billed by the hour runs asks first (issue 15): stop it and quit, keep it and
// quit, or stay. Only the dialog is Electron's; the decision and the stopping live in HourlyGuard (plain
// TypeScript, tested without Electron). Shutdown runs once, after the answer.
import type { App, Dialog } from 'electron';
import { quitText } from '../../shared/domain/deployments/quitText';
import type { Language } from '../../shared/domain/settings';
import type { HourlyGuard, QuitChoice } from './services/deployments';

export interface QuitGuardDeps {
  app: Pick<App, 'on' | 'quit'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  hourly: Pick<HourlyGuard, 'quitQuestion' | 'answerQuit'>;
  language(): Language;
  /** Stops the services and writes what is pending (AppServices.shutdown). */
  shutdown(): Promise<void>;
  log(error: unknown): void;
}

const CHOICES: readonly QuitChoice[] = ['stop', 'keep', 'cancel'];

const money = (language: Language, amount: number | null, currency: string) =>
  amount === null ? '?' : new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);

export function installQuitGuard(deps: QuitGuardDeps): void {
  let state: 'open' | 'asking' | 'closing' = 'open';
  deps.app.on('before-quit', (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'asking') return;
    state = 'asking';
    void decide(deps)
      .then(async (quit) => {
        if (!quit) {
          state = 'open';
          return;
        }
        state = 'closing';
        await deps.shutdown().catch((error: unknown) => deps.log(error));
        deps.app.quit();
      })
      .catch((error: unknown) => {
        deps.log(error);
        state = 'open';
      });
  });
}

async function decide(deps: QuitGuardDeps): Promise<boolean> {
  const running = deps.hourly.quitQuestion();
  if (!running) return deps.hourly.answerQuit('keep');
  const language = deps.language();
  const text = quitText(
    language,
    running.map((r) => ({
      model: r.model,
      hardware: r.hardware ?? '?',
      perHour: money(language, r.perHour, r.currency),
      minutes: r.minutes,
      amount: money(language, r.amount, r.currency),
    })),
  );
  const { response } = await deps.dialog.showMessageBox({
    type: 'warning',
    title: text.title,
    message: text.message,
    detail: text.detail,
    buttons: [...text.buttons],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return deps.hourly.answerQuit(CHOICES[response] ?? 'cancel');
}
