// OpenAI's self-serve fine-tuning wind-down, as dates (reference openai-api.md §0), and the arithmetic the
// connect screen needs: whole days from "today" (an injected clock, never the module's own Date.now) to a
// shutdown date. Dates are calendar days in UTC, which is how OpenAI publishes them.
export const OPENAI_WIND_DOWN = {
  /** Organizations that had never run fine-tuning could no longer create jobs. */
  closedToNewAccounts: '2026-05-07',
  /** Organizations without inference on a fine-tuned model in the previous 60 days could no longer create jobs. */
  closedToInactiveAccounts: '2026-07-02',
  /** From this day, no one can create a new fine-tuning job. */
  noNewJobsFrom: '2027-01-06',
  /** gpt-4o, gpt-4o-mini, gpt-4.1, gpt-4.1-mini and every fine-tune built on them stop answering. */
  modelsShutDown: '2027-01-14',
  /** How far back OpenAI looks for fine-tuned-model use when deciding whether an account is "active". */
  activityWindowDays: 60,
} as const;

const DAY_MS = 86_400_000;

/** `2026-11-26` for a moment, in UTC. */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Whole days from today until `date` (YYYY-MM-DD): 0 on the day itself, negative once it has passed. */
export function daysUntil(date: string, now: Date): number {
  const target = Date.parse(`${date}T00:00:00Z`);
  const today = Date.parse(`${isoDay(now)}T00:00:00Z`);
  return Math.round((target - today) / DAY_MS);
}

export interface WindDownStatus {
  closedToNewAccounts: string;
  closedToInactiveAccounts: string;
  noNewJobsFrom: string;
  modelsShutDown: string;
  daysUntilNoNewJobs: number;
  daysUntilModelsShutDown: number;
}

export function openAiWindDown(now: Date): WindDownStatus {
  return {
    closedToNewAccounts: OPENAI_WIND_DOWN.closedToNewAccounts,
    closedToInactiveAccounts: OPENAI_WIND_DOWN.closedToInactiveAccounts,
    noNewJobsFrom: OPENAI_WIND_DOWN.noNewJobsFrom,
    modelsShutDown: OPENAI_WIND_DOWN.modelsShutDown,
    daysUntilNoNewJobs: daysUntil(OPENAI_WIND_DOWN.noNewJobsFrom, now),
    daysUntilModelsShutDown: daysUntil(OPENAI_WIND_DOWN.modelsShutDown, now),
  };
}
