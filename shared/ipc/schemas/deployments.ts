// Routes for deployments (issue 12): what deploying a trained model would cost and how long it takes, the
// deployments Tunesmith knows, and deploy / stop. `deployments.changed` announces every saved change.
import { z } from 'zod';
import { defineRoute } from '../define';
import type { DeploymentBilling, DeploymentRecord } from '../../domain/deployments/types';
import { ALL_PROVIDER_IDS } from '../../domain/providers/ids';

const provider = z.enum(ALL_PROVIDER_IDS);
const model = z.string().min(1).max(300);

export interface DeploymentQuoteAnswer {
  billing: DeploymentBilling;
  typicalMinutes: { min: number; max: number };
  /** Per-token billing: the token prices (per 1M, in `currency`; null: not published) and when checked. */
  tokenPrice: {
    inputPer1M: number | null;
    outputPer1M: number | null;
    currency: string;
    checkedOn: string;
  } | null;
}

/** One per-hour deployment on the running-cost meter: cost so far = minutes × the confirmed hourly price. */
export interface HourlyMeterRow {
  id: string;
  provider: DeploymentRecord['provider'];
  model: string;
  hardware: string | null;
  perHour: number | null;
  currency: string;
  /** When it was asked for (billing is counted from here: the cautious reading). */
  since: number;
  minutes: number;
  amount: number | null;
  autoStopMinutes: number | null;
}

/** What billed by the hour while Tunesmith was closed (from the quit until it stopped, or until now). */
export interface WhileClosedRow {
  id: string;
  model: string;
  from: number;
  until: number;
  stillRunning: boolean;
  minutes: number;
  perHour: number | null;
  currency: string;
  amount: number | null;
}

export const deploymentRoutes = {
  'deployments.list': defineRoute<DeploymentRecord[]>()(z.object({}).strict()),
  'deployments.quote': defineRoute<DeploymentQuoteAnswer>()(z.object({ provider, model }).strict()),
  /** Per-hour deployments need the hourly price the user confirmed; auto-stop is on unless set to null. */
  'deployments.deploy': defineRoute<DeploymentRecord>()(
    z
      .object({
        provider,
        model,
        runId: z.string().min(1).max(100).nullable(),
        confirmedPerHour: z.number().min(0).max(10_000).nullable().optional(),
        autoStopMinutes: z
          .number()
          .int()
          .min(5)
          .max(24 * 60)
          .nullable()
          .optional(),
      })
      .strict(),
  ),
  'deployments.stop': defineRoute<DeploymentRecord>()(z.object({ id: z.string().min(1).max(100) }).strict()),
  /** Per-hour deployments that may be costing money now (the quit warning and the running banner). */
  'deployments.runningHourly': defineRoute<DeploymentRecord[]>()(z.object({}).strict()),
  /** The running-cost meter the app shell shows on every page while a per-hour deployment runs. */
  'deployments.meter': defineRoute<{ now: number; running: HourlyMeterRow[] }>()(z.object({}).strict()),
  /** What ran by the hour while Tunesmith was closed (shown once at start). */
  'deployments.whileClosed': defineRoute<WhileClosedRow[]>()(z.object({}).strict()),
};
