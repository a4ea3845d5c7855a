// Numbers and dates as the user's language writes them.
export function formatUsd(usd: number | null, language: string): string {
  if (usd === null) return '—';
  const digits = usd !== 0 && Math.abs(usd) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: digits,
    minimumFractionDigits: 2,
  }).format(usd);
}

export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}

export function formatTime(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

export function formatClock(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
    new Date(ms),
  );
}

/** A run's display name: the user's suffix, else the trained model, else the base model. */
export function runName(run: {
  request: { suffix: string | null; baseModel: string };
  job: { fineTunedModel: string | null } | null;
}): string {
  return run.request.suffix || run.job?.fineTunedModel || run.request.baseModel;
}
