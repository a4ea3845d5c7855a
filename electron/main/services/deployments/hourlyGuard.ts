// The per-hour rules used for real (issue 15, issue 12 point 2): a deployment billed by the hour costs money
// every minute it runs, idle or not, so
//  - a running-cost meter is visible on every page while any one runs (`meter`);
//  - quitting while one runs asks whether to stop it (`quitQuestion` / `answerQuit`; Electron only shows
//    the question, see electron/main/quitGuard.ts);
//  - the next start says what ran, and for how long, while Tunesmith was closed (`whileClosed`).
// Every figure is computed from the record (hours × the hourly price the user confirmed), basis included.
import {
  isDeploymentLive,
  runningCost,
  type DeploymentRecord,
} from '../../../../shared/domain/deployments/types';
import type { HourlyMeterRow, WhileClosedRow } from '../../../../shared/ipc/schemas/deployments';
import type { DeploymentsService } from './DeploymentsService';

export type QuitChoice = 'stop' | 'keep' | 'cancel';

function row(record: DeploymentRecord, now: number): HourlyMeterRow {
  const cost = runningCost(record, now);
  const billing = record.billing.kind === 'per-hour' ? record.billing : null;
  return {
    id: record.id,
    provider: record.provider,
    model: record.model,
    hardware: billing?.hardware ?? null,
    perHour: billing?.perHour ?? null,
    currency: billing?.currency ?? 'USD',
    since: record.requestedAt,
    minutes: Math.round(cost.hours * 60),
    amount: cost.amount,
    autoStopMinutes: record.autoStopMinutes,
  };
}

export class HourlyGuard {
  constructor(
    private readonly deps: { deployments: DeploymentsService; now(): number; closedAtStart: number | null },
  ) {}

  now(): number {
    return this.deps.now();
  }

  /** Every per-hour deployment that may be costing money now, with its cost so far. */
  meter(): HourlyMeterRow[] {
    const now = this.deps.now();
    return this.deps.deployments
      .list()
      .filter((d) => d.billing.kind === 'per-hour' && isDeploymentLive(d.state))
      .map((d) => row(d, now));
  }

  /** What to ask before quitting, or null when nothing bills by the hour. */
  quitQuestion(): HourlyMeterRow[] | null {
    const running = this.meter();
    return running.length > 0 ? running : null;
  }

  /**
   * The user's answer: `stop` stops (and deletes) every running one, then quits; `keep` quits and leaves
   * them running (the next start reports them); `cancel` stays open. Resolves whether to quit.
   */
  async answerQuit(choice: QuitChoice): Promise<boolean> {
    if (choice === 'cancel') return false;
    if (choice === 'stop')
      for (const running of this.meter()) await this.deps.deployments.stop(running.id).catch(() => undefined);
    await this.deps.deployments.markClosed();
    return true;
  }

  /**
   * What billed by the hour while Tunesmith was closed: from the quit to when it stopped (as far as the
   * provider has told us; still running = up to now). Empty on a first start.
   */
  whileClosed(): WhileClosedRow[] {
    const closedAt = this.deps.closedAtStart;
    if (closedAt === null) return [];
    const now = this.deps.now();
    return this.deps.deployments
      .list()
      .filter(
        (d) =>
          d.billing.kind === 'per-hour' &&
          d.phase === 'known' &&
          d.requestedAt < closedAt &&
          (d.stoppedAt === null || d.stoppedAt > closedAt),
      )
      .map((d) => {
        const until = Math.min(now, d.stoppedAt ?? now);
        const hours = Math.max(0, until - closedAt) / 3_600_000;
        const perHour = d.billing.kind === 'per-hour' ? d.billing.perHour : null;
        return {
          id: d.id,
          model: d.model,
          from: closedAt,
          until,
          stillRunning: d.stoppedAt === null,
          minutes: Math.round(hours * 60),
          perHour,
          currency: d.billing.kind === 'per-hour' ? d.billing.currency : 'USD',
          amount: perHour === null ? null : hours * perHour,
        };
      });
  }
}
